package io.github.toolshed.cache;

/**
 * Why a request bypassed the cache or why a rendered response was not stored; the
 * {@code reason=} part of the {@code X-Cache} header. The set is closed, so it is safe to use as a
 * metric tag.
 */
public enum CacheReason {
    /** Nothing to report: a hit, or a miss that was stored. */
    NONE("none"),
    /** The method is neither GET nor HEAD. */
    METHOD("method"),
    /** The request carries an {@code Authorization} header. */
    AUTHORIZATION("authorization"),
    /** The request carries a session or login cookie (or a URL-rewritten session id). */
    SESSION_COOKIE("session-cookie"),
    /** The {@code Host} or {@code X-Forwarded-Host} is not in the allow-list. */
    HOST("host"),
    /** A forwarding header the cache cannot validate ({@code Forwarded}, {@code X-Forwarded-Prefix}, a bad proto or port). */
    FORWARDED("forwarded"),
    /** The path carries parameters such as {@code ;jsessionid=}. */
    PATH_PARAMETER("path-parameter"),
    /** The query string names a parameter outside the allow-list. */
    QUERY_PARAMETER("query-parameter"),
    /** The path already has the maximum number of distinct query strings. */
    QUERY_VARIANTS("query-variants"),
    /** The query string is not valid percent-encoded UTF-8. */
    QUERY_MALFORMED("query-malformed"),
    /** A HEAD request missed: HEAD is answered from GET entries but never creates one. */
    HEAD("head"),
    /** The status is not one of the cacheable statuses. */
    STATUS("status"),
    /** The response sets a cookie: such responses are never stored. */
    SET_COOKIE("set-cookie"),
    /** The response says {@code Cache-Control: private}. */
    PRIVATE("private"),
    /** The response says {@code Cache-Control: no-store}. */
    NO_STORE("no-store"),
    /** The response says {@code Cache-Control: no-cache}. */
    NO_CACHE("no-cache"),
    /** The response says {@code Vary: *}. */
    VARY_STAR("vary-star"),
    /** The response is partial ({@code Content-Range} or 206). */
    PARTIAL("partial"),
    /** The response went asynchronous and is streamed. */
    ASYNC("async"),
    /** The body exceeds the maximum entry size; it was streamed instead. */
    TOO_LARGE("too-large"),
    /** The render created or used an HTTP session. */
    SESSION("session"),
    /** The render read a CSRF token. */
    CSRF("csrf"),
    /** The response's lifetime is zero ({@code max-age=0} or {@code s-maxage=0}). */
    ZERO_TTL("zero-ttl"),
    /** A purge ran while the page rendered, so the render may hold purged content. */
    PURGED("purged"),
    /** The render threw an exception. */
    ERROR("error");

    private final String token;

    CacheReason(String token) {
        this.token = token;
    }

    /**
     * Returns the lower-case token used in the {@code X-Cache} header and metric tags.
     *
     * @return the token, e.g. {@code set-cookie}
     */
    public String token() {
        return token;
    }
}

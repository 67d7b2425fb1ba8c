package io.github.toolshed.cache;

/**
 * A predicate over request paths that decides which URLs the page cache may serve, and which
 * entries a pattern purge removes.
 *
 * <p>The path is the raw request URI path without the query string and without the servlet
 * context path, e.g. {@code /blog/2010/01/caching/}. Ant-style patterns are built in
 * ({@link #ant(String)}); any other syntax (for example surlex patterns) plugs in by implementing
 * this interface. Implementations must be thread-safe and should be fast: the filter consults the
 * matchers on every request.
 */
public interface UrlMatcher {

    /**
     * Tells whether a request path is matched.
     *
     * @param path the request path, starting with {@code /}
     * @return true when the path matches
     */
    boolean matches(String path);

    /**
     * Returns the source text of this matcher, such as {@code /blog/**}; used in logs, the
     * Actuator endpoint and by distributed stores that ship purges to other nodes.
     *
     * @return the pattern text
     */
    String pattern();

    /**
     * Compiles an Ant-style pattern: {@code ?} matches one character except {@code /},
     * {@code *} zero or more characters within one path segment, {@code **} as a whole segment
     * zero or more segments. Every other character matches itself (no regular expressions).
     *
     * @param pattern the pattern, starting with {@code /}
     * @return the compiled matcher
     * @throws CacheException if the pattern is blank, does not start with {@code /} or uses
     *     {@code **} inside a segment
     */
    static UrlMatcher ant(String pattern) {
        return AntPattern.compile(pattern);
    }
}

package io.github.toolshed.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a request into a cache identity (or a reason to bypass): validates the host and the
 * forwarding headers, refuses credentials and path parameters, canonicalises the query and
 * hashes everything into keys.
 */
final class RequestKeys {

    private static final int MAX_TRACKED_PATHS = 10_000;

    private final Settings settings;
    /**
     * Distinct query strings seen per path, both as 64-bit hashes, so an attacker sending long
     * random paths and queries cannot grow this beyond about 10,000 x 64 small entries.
     */
    private final Cache<Long, Set<Long>> queryVariants =
            Caffeine.newBuilder().maximumSize(MAX_TRACKED_PATHS).build();

    RequestKeys(Settings settings) {
        this.settings = settings;
    }

    /** The result of looking at a request before the cache is consulted. */
    sealed interface Lookup permits Bypass, Identity {}

    /** The request must not use the cache. */
    record Bypass(CacheReason reason) implements Lookup {}

    /**
     * A cacheable request: the key of its URL (without Vary values) and the parts of its
     * canonical URL, which is only assembled when a page is stored.
     */
    record Identity(String urlKey, String scheme, String host, String path, String query) implements Lookup {

        String url() {
            return scheme + "://" + host + path + (query.isEmpty() ? "" : "?" + query);
        }
    }

    Lookup identify(HttpServletRequest request) {
        if (request.getHeader("Authorization") != null) {
            return new Bypass(CacheReason.AUTHORIZATION);
        }
        if (request.getRequestedSessionId() != null || hasSessionCookie(request)) {
            return new Bypass(CacheReason.SESSION_COOKIE);
        }
        String host = normalizeHost(request.getHeader("Host"));
        if (host == null || !hostAllowed(host)) {
            return new Bypass(CacheReason.HOST);
        }
        String forwardedHost = request.getHeader("X-Forwarded-Host");
        if (forwardedHost != null) {
            host = normalizeHost(forwardedHost);
            if (host == null || !hostAllowed(host)) {
                return new Bypass(CacheReason.HOST);
            }
        }
        if (request.getHeader("Forwarded") != null || request.getHeader("X-Forwarded-Prefix") != null) {
            return new Bypass(CacheReason.FORWARDED);
        }
        String scheme = request.getScheme();
        String forwardedProto = request.getHeader("X-Forwarded-Proto");
        if (forwardedProto != null) {
            scheme = forwardedProto.trim().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return new Bypass(CacheReason.FORWARDED);
            }
        }
        String forwardedPort = request.getHeader("X-Forwarded-Port");
        if (forwardedPort != null && !forwardedPort.matches("[0-9]{1,5}")) {
            return new Bypass(CacheReason.FORWARDED);
        }
        String path = request.getRequestURI();
        if (path == null || path.isEmpty() || path.charAt(0) != '/') {
            return new Bypass(CacheReason.PATH_PARAMETER);
        }
        if (path.indexOf(';') >= 0 || path.indexOf('\\') >= 0 || hasControlCharacter(path)) {
            return new Bypass(CacheReason.PATH_PARAMETER);
        }
        String query;
        try {
            query = QueryCanonicalizer.canonicalize(request.getQueryString());
        } catch (IllegalArgumentException e) {
            return new Bypass(CacheReason.QUERY_MALFORMED);
        }
        String urlKey = KeyHasher.start("toolshed-page-url-v1")
                .add("GET")
                .add(scheme)
                .add(host)
                .add(forwardedPort)
                .add(path)
                .add(query)
                .hex();
        if (!query.isEmpty()) {
            CacheReason refused = checkQuery(query, KeyHasher.start("toolshed-page-path-v1")
                    .add(scheme).add(host).add(forwardedPort).add(path).longHash(), HexFormat.fromHexDigitsToLong(urlKey, 0, 16));
            if (refused != null) {
                return new Bypass(refused);
            }
        }
        return new Identity(urlKey, scheme, host, path, query);
    }

    /**
     * The key of one page: the URL key itself when the URL's responses vary on nothing (one hash
     * per hit), else a hash of the URL key plus the names and request values of the Vary headers.
     * Both are SHA-256 outputs over distinct domains, so they cannot collide in practice.
     */
    static String pageKey(String urlKey, List<String> varyNames, HttpServletRequest request) {
        if (varyNames.isEmpty()) {
            return urlKey;
        }
        KeyHasher hasher = KeyHasher.start("toolshed-page-v1").add(urlKey).add(varyNames.size());
        for (String name : varyNames) {
            hasher.add(name).add(headerValue(request, name));
        }
        return hasher.hex();
    }

    /** All values of a request header joined by ", ", or null when absent. */
    private static String headerValue(HttpServletRequest request, String name) {
        Enumeration<String> values = request.getHeaders(name);
        if (values == null || !values.hasMoreElements()) {
            return null;
        }
        String first = values.nextElement();
        if (!values.hasMoreElements()) {
            return first.trim();
        }
        StringBuilder joined = new StringBuilder(first.trim());
        while (values.hasMoreElements()) {
            joined.append(", ").append(values.nextElement().trim());
        }
        return joined.toString();
    }

    private boolean hasSessionCookie(HttpServletRequest request) {
        Enumeration<String> headers = request.getHeaders("Cookie");
        while (headers != null && headers.hasMoreElements()) {
            for (String pair : headers.nextElement().split(";")) {
                int eq = pair.indexOf('=');
                String name = (eq < 0 ? pair : pair.substring(0, eq)).trim();
                if (settings.sessionCookies().contains(name.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    private CacheReason checkQuery(String canonicalQuery, long pathHash, long variantHash) {
        if (!settings.anyQueryParameter()) {
            for (String pair : canonicalQuery.split("&")) {
                int eq = pair.indexOf('=');
                String name = QueryCanonicalizer.decode(eq < 0 ? pair : pair.substring(0, eq));
                if (!settings.queryParameters().contains(name)) {
                    return CacheReason.QUERY_PARAMETER;
                }
            }
            return null;
        }
        Set<Long> seen = queryVariants.get(pathHash, k -> ConcurrentHashMap.newKeySet());
        if (seen.contains(variantHash)) {
            return null;
        }
        synchronized (seen) {
            if (seen.size() >= settings.maxQueryVariants()) {
                return CacheReason.QUERY_VARIANTS;
            }
            seen.add(variantHash);
        }
        return null;
    }

    /** Lower-cases a Host value and checks its characters; null when it is not a plausible host. */
    static String normalizeHost(String raw) {
        if (raw == null) {
            return null;
        }
        String host = raw.trim().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || host.length() > 255) {
            return null;
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == ':'
                    || c == '[' || c == ']';
            if (!ok) {
                return null;
            }
        }
        return host;
    }

    /** An allow-list entry without a port allows any port of that host; with a port, only that one. */
    private boolean hostAllowed(String host) {
        Set<String> allowed = settings.hosts();
        if (allowed.contains(host)) {
            return true;
        }
        int bracket = host.lastIndexOf(']');
        int colon = host.lastIndexOf(':');
        if (colon > bracket && colon > 0) {
            return allowed.contains(host.substring(0, colon));
        }
        return false;
    }

    private static boolean hasControlCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return true;
            }
        }
        return false;
    }
}

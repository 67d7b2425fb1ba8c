package io.github.toolshed.cache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Decides whether a rendered response may be stored and for how long, from its status, headers
 * and what the render touched.
 */
final class StorePolicy {

    private final Settings settings;

    StorePolicy(Settings settings) {
        this.settings = settings;
    }

    /** The freshness and stale windows of a storable response. */
    record Lifetimes(Duration ttl, Duration staleWhileRevalidate, Duration staleIfError) {}

    /** The reason a response must not be stored, or {@link CacheReason#NONE}. */
    CacheReason refusal(CapturingResponse response, TrackingRequest request) {
        int status = response.status();
        if (status == 206 || response.getHeader("Content-Range") != null) {
            return CacheReason.PARTIAL;
        }
        if (!settings.cacheableStatuses().contains(status)) {
            return CacheReason.STATUS;
        }
        if (response.cookieSet()) {
            return CacheReason.SET_COOKIE;
        }
        CacheControl cc = CacheControl.parse(response.getHeaders("Cache-Control"));
        if (cc.isPrivate()) {
            return CacheReason.PRIVATE;
        }
        if (cc.noStore()) {
            return CacheReason.NO_STORE;
        }
        if (cc.noCache() || containsToken(response.getHeaders("Pragma"), "no-cache")) {
            return CacheReason.NO_CACHE;
        }
        if (varyHeaders(response.getHeaders("Vary")) == null) {
            return CacheReason.VARY_STAR;
        }
        if (request.sessionUsed()) {
            return CacheReason.SESSION;
        }
        if (request.csrfUsed()) {
            return CacheReason.CSRF;
        }
        if (lifetimes(cc).ttl().isZero()) {
            return CacheReason.ZERO_TTL;
        }
        return CacheReason.NONE;
    }

    /** Lifetimes: s-maxage, then max-age, then the default; stale windows from directives or defaults. */
    Lifetimes lifetimes(CacheControl cc) {
        Duration ttl = cc.sMaxAge() != null ? cc.sMaxAge() : cc.maxAge() != null ? cc.maxAge() : settings.defaultTtl();
        if (cc.mustRevalidate()) {
            return new Lifetimes(ttl, Duration.ZERO, Duration.ZERO);
        }
        Duration swr = cc.staleWhileRevalidate() != null ? cc.staleWhileRevalidate() : settings.staleWhileRevalidate();
        Duration sie = cc.staleIfError() != null ? cc.staleIfError() : settings.staleIfError();
        return new Lifetimes(ttl, swr, sie);
    }

    /**
     * Returns the lower-case, sorted, distinct names in the Vary headers, or null for {@code Vary: *}.
     */
    static List<String> varyHeaders(Collection<String> values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        TreeSet<String> names = new TreeSet<>();
        for (String value : values) {
            for (String part : value.split(",")) {
                String name = part.trim().toLowerCase(Locale.ROOT);
                if (name.equals("*")) {
                    return null;
                }
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return new ArrayList<>(names);
    }

    private static boolean containsToken(Collection<String> values, String token) {
        for (String value : values) {
            for (String part : value.split(",")) {
                if (part.trim().equalsIgnoreCase(token)) {
                    return true;
                }
            }
        }
        return false;
    }
}

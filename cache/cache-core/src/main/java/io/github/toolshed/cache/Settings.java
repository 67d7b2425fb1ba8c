package io.github.toolshed.cache;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** The validated, immutable configuration of one {@link PageCache}. */
record Settings(
        List<UrlMatcher> patterns,
        Set<String> hosts,
        Set<String> sessionCookies,
        Set<String> csrfAttributes,
        Set<Integer> cacheableStatuses,
        Set<String> queryParameters,
        int maxQueryVariants,
        Duration defaultTtl,
        Duration staleWhileRevalidate,
        Duration staleIfError,
        Duration lockTimeout,
        int maxEntryBytes,
        boolean exposeHeader,
        Clock clock,
        PageCacheListener listener) {

    /** True when every query parameter is allowed (variants are capped instead). */
    boolean anyQueryParameter() {
        return queryParameters == null;
    }
}

package io.github.toolshed.cache;

import java.time.Duration;

/**
 * Receives one call per request the page cache handled; the hook for metrics (the Spring module
 * adapts it to Micrometer). Implementations must be fast and thread-safe and must not throw.
 */
@FunctionalInterface
public interface PageCacheListener {

    /** A listener that ignores everything. */
    PageCacheListener NONE = (outcome, reason, saved) -> {};

    /**
     * Reports what happened to one request.
     *
     * @param outcome hit, stale, miss or bypass
     * @param reason why the request bypassed the cache or was not stored, {@link CacheReason#NONE} otherwise
     * @param renderTimeSaved the render time a hit or stale hit saved; zero otherwise
     */
    void onRequest(CacheOutcome outcome, CacheReason reason, Duration renderTimeSaved);
}

package io.github.toolshed.cache;

import java.time.Instant;
import java.util.List;

/**
 * The storage SPI of the page cache: where pages and Vary header lists live.
 *
 * <p>{@link CaffeinePageStore} is the embedded default; shared stores (Redis) implement the same
 * contract. Keys are opaque, fixed-length hashes computed by the cache; implementations may
 * prefix them but must not parse them. Every method must be thread-safe, and {@link #get} must
 * be fast: it runs on every cacheable request. A store that cannot reach its backend should
 * degrade to "absent" rather than throw, because a cache outage must never fail a request.
 *
 * <p>The Vary list of a URL is stored apart from its pages, as Django does: the cache first looks
 * up which request headers the page varies on, then builds the page key from their values.
 */
public interface PageStore {

    /**
     * Returns the page stored under a key, or null when there is none. The caller checks
     * freshness; a store may return a page whose {@link CachedPage#retainUntil()} has passed.
     *
     * @param key the page key
     * @return the page, or null
     */
    CachedPage get(String key);

    /**
     * Stores a page, replacing any page under the same key, to be kept at least until
     * {@link CachedPage#retainUntil()} unless evicted to respect the store's bounds.
     *
     * @param key the page key
     * @param page the page
     */
    void put(String key, CachedPage page);

    /**
     * Returns the names of the request headers that responses for a URL vary on, lower case and
     * sorted, or null when no response for that URL has been stored.
     *
     * @param urlKey the key of the URL (without Vary values)
     * @return the header names, or null
     */
    List<String> varyHeaders(String urlKey);

    /**
     * Records which request headers responses for a URL vary on.
     *
     * @param urlKey the key of the URL (without Vary values)
     * @param headerNames lower-case, sorted header names; empty when the response has no Vary
     * @param retainUntil how long the list is worth keeping
     */
    void putVaryHeaders(String urlKey, List<String> headerNames, Instant retainUntil);

    /**
     * Removes every page covered by a purge.
     *
     * @param purge what to remove
     * @return how many pages were removed (distributed stores may return an estimate)
     */
    long invalidate(Purge purge);

    /**
     * Returns up to {@code limit} stored pages with their keys, in no particular order; for
     * inspection, not for the request path.
     *
     * @param limit the maximum number of entries
     * @return the entries
     */
    List<Entry> entries(int limit);

    /**
     * Returns the current size and counters of the store.
     *
     * @return a snapshot of the statistics
     */
    Stats stats();

    /**
     * A stored page with its key.
     *
     * @param key the key
     * @param page the page
     */
    record Entry(String key, CachedPage page) {}

    /**
     * A snapshot of a store's size and counters.
     *
     * @param entries the number of stored pages
     * @param bytes the approximate bytes the pages occupy
     * @param maximumBytes the bound in bytes, or -1 when the store is not bounded in bytes
     * @param evictions how many pages were evicted to respect the bound or expired, since start
     */
    record Stats(long entries, long bytes, long maximumBytes, long evictions) {}
}

package io.github.toolshed.cache;

/**
 * What the page cache did with a request; the first word of the {@code X-Cache} header.
 */
public enum CacheOutcome {
    /** Served a fresh stored page without running the application. */
    HIT,
    /** Served a stale stored page (while another request re-renders, or because the render failed). */
    STALE,
    /** Ran the application; the response was stored unless a {@link CacheReason} says why not. */
    MISS,
    /** Did not look in the cache at all, for the given {@link CacheReason}; the response is not stored. */
    BYPASS
}

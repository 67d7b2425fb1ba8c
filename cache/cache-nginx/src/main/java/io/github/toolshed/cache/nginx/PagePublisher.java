package io.github.toolshed.cache.nginx;

import io.github.toolshed.cache.CachedPage;

/**
 * Something that serves cached pages in front of the application (memcached read by nginx,
 * files read by nginx) and is told when the page filter stores or purges a page.
 *
 * <p>Implementations must be thread-safe and must not throw: a front that is down only means the
 * application serves the page itself.
 */
public interface PagePublisher extends AutoCloseable {

    /**
     * Publishes a page the page filter has just stored.
     *
     * @param page the page
     */
    void publish(CachedPage page);

    /**
     * Removes a page that was purged.
     *
     * @param page the page as it was published
     */
    void unpublish(CachedPage page);

    /** Releases connections; the default does nothing. */
    @Override
    default void close() {}
}

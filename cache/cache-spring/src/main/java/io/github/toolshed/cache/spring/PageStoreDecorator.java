package io.github.toolshed.cache.spring;

import io.github.toolshed.cache.PageStore;

/**
 * Wraps the page store before the page cache uses it (surrogate headers, publishing to the
 * fronts); applied in bean order, the first innermost.
 */
interface PageStoreDecorator {

    /**
     * @param store the store so far
     * @return the decorated store
     */
    PageStore decorate(PageStore store);
}

package io.github.toolshed.cache.spring;

/**
 * Whether a shared store's backend (Redis) answers, and what the cache does while it does not;
 * read by the page store's health indicator.
 */
interface StoreAvailability {

    /** @return whether the backend answers now (it is asked: a health check may be its only traffic) */
    boolean available();

    /** @return the backend, e.g. {@code Redis at 127.0.0.1:6379} */
    String backend();

    /** @return what requests get while the backend is down */
    String fallback();
}

package io.github.toolshed.cache;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The storage SPI of the fragment cache behind the {@code {% cache %}} template tag: rendered
 * template fragments by {@link FragmentKey}, each with its own timeout.
 *
 * <p>{@link CaffeineFragmentStore} is the embedded default; a Redis store implements the same
 * contract. Implementations must be thread-safe and should not throw on backend failures (a
 * missing fragment is simply rendered again).
 */
public interface FragmentStore {

    /**
     * Returns the stored fragment, or null when absent or expired.
     *
     * @param key the key
     * @return the rendered fragment, or null
     */
    String get(FragmentKey key);

    /**
     * Stores a fragment.
     *
     * @param key the key
     * @param fragment the rendered fragment
     * @param timeout how long to keep it; null means forever (until evicted), zero means do not
     *     store (Django's {@code 0})
     */
    void put(FragmentKey key, String fragment, Duration timeout);

    /**
     * Returns the stored fragment or renders, stores and returns it. Concurrent calls for one key
     * should render once; the default implementation does not guarantee it.
     *
     * @param key the key
     * @param timeout how long to keep a newly rendered fragment; null for forever
     * @param render renders the fragment
     * @return the fragment
     */
    default String getOrRender(FragmentKey key, Duration timeout, Supplier<String> render) {
        String cached = get(key);
        if (cached != null) {
            return cached;
        }
        String rendered = render.get();
        put(key, rendered, timeout);
        return rendered;
    }

    /**
     * Removes one fragment variant.
     *
     * @param key the key
     */
    void invalidate(FragmentKey key);

    /**
     * Removes every variant of a named fragment.
     *
     * @param name the fragment name
     * @return how many fragments were removed
     */
    long invalidateName(String name);

    /** Removes every fragment. */
    void invalidateAll();
}

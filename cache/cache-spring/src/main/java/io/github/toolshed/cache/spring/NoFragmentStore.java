package io.github.toolshed.cache.spring;

import io.github.toolshed.cache.FragmentKey;
import io.github.toolshed.cache.FragmentStore;
import java.time.Duration;

/**
 * A {@link FragmentStore} that keeps nothing ({@code toolshed.cache.fragment.store=none}): the
 * {@code {% cache %}} tag still works, and its content renders on every request, like Django's
 * DummyCache.
 */
final class NoFragmentStore implements FragmentStore {

    @Override
    public String get(FragmentKey key) {
        return null;
    }

    @Override
    public void put(FragmentKey key, String fragment, Duration timeout) {
        // Nothing is kept.
    }

    @Override
    public void invalidate(FragmentKey key) {
        // Nothing is kept.
    }

    @Override
    public long invalidateName(String name) {
        return 0;
    }

    @Override
    public void invalidateAll() {
        // Nothing is kept.
    }
}

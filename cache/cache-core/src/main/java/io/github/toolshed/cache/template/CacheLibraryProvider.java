package io.github.toolshed.cache.template;

import io.github.toolshed.cache.CaffeineFragmentStore;
import io.github.toolshed.cache.FragmentStore;
import io.github.toolshed.template.spi.Library;
import io.github.toolshed.template.spi.LibraryProvider;
import java.util.List;

/**
 * Contributes the {@code cache} library to engines built with {@code discoverLibraries()}, backed
 * by one process-wide {@link CaffeineFragmentStore} ({@link #sharedStore()}). Applications that
 * want their own store (or Spring's) register {@link CacheTags#library(FragmentStore)} on the
 * engine builder instead; a library registered explicitly after discovery replaces this one.
 */
public final class CacheLibraryProvider implements LibraryProvider {

    private static final class Shared {
        static final CaffeineFragmentStore STORE = CaffeineFragmentStore.builder().build();
    }

    /** Creates the provider (instantiated by {@link java.util.ServiceLoader}). */
    public CacheLibraryProvider() {}

    /**
     * The store behind discovered {@code cache} libraries, to invalidate fragments.
     *
     * @return the shared store (16 MiB bound)
     */
    public static FragmentStore sharedStore() {
        return Shared.STORE;
    }

    @Override
    public List<Library> libraries() {
        return List.of(CacheTags.library(sharedStore()));
    }
}

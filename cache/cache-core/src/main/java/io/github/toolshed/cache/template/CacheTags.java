package io.github.toolshed.cache.template;

import io.github.toolshed.cache.CacheException;
import io.github.toolshed.cache.FragmentStore;
import io.github.toolshed.template.spi.Library;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Builds the {@code cache} template library: Django's {@code {% cache %}} fragment tag backed by
 * {@link FragmentStore}s.
 *
 * <pre>{@code
 * FragmentStore store = CaffeineFragmentStore.builder().build();
 * Engine engine = Engine.builder().library(CacheTags.library(store)).build();
 * engine.fromString("{% load cache %}{% cache 500 sidebar user.name %}...{% endcache %}");
 * }</pre>
 *
 * <p>{@code {% cache timeout name [vary_on ...] [using="alias"] %}}: the timeout is an integer
 * number of seconds, a variable, or {@code None} for forever; zero or negative means "render, do
 * not store" (Django 3.2's cache backends expire such entries at once). The vary-on values and the
 * name form a {@link io.github.toolshed.cache.FragmentKey}. {@code using} selects a named store;
 * an unknown name is an error. Engines built with {@code discoverLibraries()} get the library from
 * {@link CacheLibraryProvider}, backed by {@link CacheLibraryProvider#sharedStore()}.
 */
public final class CacheTags {

    /** The library name templates load: {@code {% load cache %}}. */
    public static final String LIBRARY = "cache";

    /** The owner qualifier: {@code {% load cache from toolshed.cache %}}. */
    public static final String OWNER = "toolshed.cache";

    /** The alias of the default store, also accepted by {@code using="default"}. */
    public static final String DEFAULT_ALIAS = "default";

    private static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

    private CacheTags() {}

    /**
     * The library with one store.
     *
     * @param store the store for every {@code {% cache %}} tag
     * @return the library
     */
    public static Library library(FragmentStore store) {
        return library(store, Map.of());
    }

    /**
     * The library with a default store and named stores for {@code using="alias"}.
     *
     * @param defaultStore the store used without {@code using} (and for {@code using="default"}
     *     unless {@code aliases} names another)
     * @param aliases named stores
     * @return the library
     * @throws CacheException if an alias is not 1 to 100 letters, digits or {@code _ . : -}
     */
    public static Library library(FragmentStore defaultStore, Map<String, ? extends FragmentStore> aliases) {
        Objects.requireNonNull(defaultStore, "defaultStore");
        Map<String, FragmentStore> stores = new LinkedHashMap<>();
        stores.put(DEFAULT_ALIAS, defaultStore);
        aliases.forEach((alias, store) -> {
            if (alias == null || !ALIAS.matcher(alias).matches()) {
                throw new CacheException("a fragment store alias must be 1 to 100 letters, digits or '_.:-', was " + alias);
            }
            stores.put(alias, Objects.requireNonNull(store, "store for alias " + alias));
        });
        CacheTag tag = new CacheTag(defaultStore, Map.copyOf(stores));
        return Library.builder(LIBRARY).owner(OWNER).tag("cache", tag).build();
    }
}

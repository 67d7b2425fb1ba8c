/**
 * The {@code cache} template library: Django's {@code {% cache %}} fragment tag for the Toolshed
 * template engine, contributed through its Library SPI.
 *
 * <p>{@link io.github.toolshed.cache.template.CacheTags} builds the library over
 * {@link io.github.toolshed.cache.FragmentStore}s (a default one and named ones for
 * {@code using="alias"}); {@link io.github.toolshed.cache.template.CacheLibraryProvider} offers it
 * to {@link java.util.ServiceLoader} discovery with a shared Caffeine store. The compiled tag
 * resolves its timeout, vary-on values and store alias on every render, builds a collision-free
 * {@link io.github.toolshed.cache.FragmentKey} and asks the store for the fragment, rendering its
 * body only on a miss. The template engine is an optional dependency of this module: nothing
 * outside this package refers to it.
 */
package io.github.toolshed.cache.template;

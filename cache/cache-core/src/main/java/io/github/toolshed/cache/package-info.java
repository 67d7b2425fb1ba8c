/**
 * Page and fragment caching for Jakarta servlet applications, without Spring.
 *
 * <p>How the pieces fit:
 * <ul>
 *   <li>{@link io.github.toolshed.cache.PageCache} holds the configuration (URL patterns, host
 *       allow-list, session cookies, lifetimes) and a {@link io.github.toolshed.cache.PageStore};
 *       it offers the invalidation API and hands out its
 *       {@link io.github.toolshed.cache.PageCacheFilter}.</li>
 *   <li>The filter identifies a request (method, validated host, path, canonical query, then the
 *       values of the headers the URL's responses {@code Vary} on), hashes that into a key,
 *       answers hits from the store and, on a miss, lets exactly one request per key render
 *       through a capturing response. The render is stored only when nothing about it is
 *       personal; {@link io.github.toolshed.cache.CacheReason} names why it was not.</li>
 *   <li>{@link io.github.toolshed.cache.PageStore} is the SPI for where pages live;
 *       {@link io.github.toolshed.cache.CaffeinePageStore} bounds them in bytes.
 *       {@link io.github.toolshed.cache.Purge} values describe invalidations so distributed
 *       stores can forward them.</li>
 *   <li>{@link io.github.toolshed.cache.UrlMatcher} decides which URLs are cached; Ant-style
 *       patterns are built in and other syntaxes plug in.</li>
 *   <li>{@link io.github.toolshed.cache.FragmentStore} and
 *       {@link io.github.toolshed.cache.FragmentKey} back the {@code {% cache %}} template tag.</li>
 *   <li>{@link io.github.toolshed.cache.PageCacheListener} reports every outcome (metrics).</li>
 * </ul>
 * Everything else (key hashing, request identification, response capture, the storing policy,
 * stampede protection) is package-private machinery.
 */
package io.github.toolshed.cache;

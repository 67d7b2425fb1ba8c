/**
 * Spring Boot integration of the Toolshed cache.
 *
 * <p>{@link io.github.toolshed.cache.spring.ToolshedCacheAutoConfiguration} reads
 * {@link io.github.toolshed.cache.spring.ToolshedCacheProperties} ({@code toolshed.cache.*}),
 * builds the {@link io.github.toolshed.cache.PageCache} over a
 * {@link io.github.toolshed.cache.PageStore} and registers its filter;
 * {@link io.github.toolshed.cache.spring.PageCacheMetrics} listens to the cache and publishes
 * Micrometer meters; {@link io.github.toolshed.cache.spring.PageCacheEndpoint} lets operators
 * inspect and purge through Actuator.
 * {@link io.github.toolshed.cache.spring.ToolshedCacheTemplateAutoConfiguration} adds the
 * {@code cache} template library as a {@code Library} bean over the fragment stores when the
 * template engine is present. {@code ToolshedCacheRedisConfiguration} (with toolshed-cache-redis)
 * builds the Redis stores from {@code spring.data.redis.*} and
 * {@link io.github.toolshed.cache.spring.ToolshedCacheRedisProperties};
 * {@code ToolshedCacheFrontsConfiguration} (with toolshed-cache-nginx) wraps the store so pages
 * reach the fronts of {@link io.github.toolshed.cache.spring.ToolshedCacheFrontsProperties};
 * {@code PageStoreHealthIndicator} reports a shared store's outage as {@code DEGRADED}. Any of
 * these beans can be replaced by declaring one.
 */
package io.github.toolshed.cache.spring;

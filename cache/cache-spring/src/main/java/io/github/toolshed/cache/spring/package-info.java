/**
 * Spring Boot integration of the Toolshed cache.
 *
 * <p>{@link io.github.toolshed.cache.spring.ToolshedCacheAutoConfiguration} reads
 * {@link io.github.toolshed.cache.spring.ToolshedCacheProperties} ({@code toolshed.cache.*}),
 * builds the {@link io.github.toolshed.cache.PageCache} over a
 * {@link io.github.toolshed.cache.PageStore} and registers its filter;
 * {@link io.github.toolshed.cache.spring.PageCacheMetrics} listens to the cache and publishes
 * Micrometer meters; {@link io.github.toolshed.cache.spring.PageCacheEndpoint} lets operators
 * inspect and purge through Actuator. Any of these beans can be replaced by declaring one.
 */
package io.github.toolshed.cache.spring;

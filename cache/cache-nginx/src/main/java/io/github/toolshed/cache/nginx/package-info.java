/**
 * Fronts that serve cached pages without reaching the application: nginx reading memcached,
 * nginx reading static files, and Varnish. No Spring.
 *
 * <p>How the pieces fit: {@link io.github.toolshed.cache.nginx.PublishingPageStore} decorates the
 * page filter's store and hands each stored (and publishable) page to the
 * {@link io.github.toolshed.cache.nginx.PagePublisher}s, and withdraws it on purge.
 * {@link io.github.toolshed.cache.nginx.MemcachedPublisher} writes bodies to memcached,
 * {@link io.github.toolshed.cache.nginx.StaticPagePublisher} writes files.
 * {@link io.github.toolshed.cache.nginx.NginxConfig} prints the matching nginx server blocks and
 * {@link io.github.toolshed.cache.nginx.VarnishConfig} a VCL for Varnish in front of the filter.
 */
package io.github.toolshed.cache.nginx;

/**
 * The {@code /cache/} admin page: what the page cache holds and how well it works (hit ratio,
 * entries, bytes, misses by reason, read from the store and the Micrometer meters of
 * toolshed-cache-spring), and forms that purge by URL, prefix, tag or everything.
 *
 * <p>{@link io.github.toolshed.demo.admin.CacheAdminController} exists only when
 * {@code toolshed.demo.admin.password} is set; otherwise {@code /cache/} is a 404 like any unknown
 * path. {@code AdminGuard} checks HTTP Basic credentials in constant time and the form token
 * of every purge; {@code CacheReport} turns counters into what the page shows.
 */
package io.github.toolshed.demo.admin;

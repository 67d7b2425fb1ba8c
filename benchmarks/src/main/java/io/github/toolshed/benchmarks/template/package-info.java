/**
 * The template-engine benchmark: the "stocks" page rendered by Toolshed, Pebble, FreeMarker,
 * mustache.java, Thymeleaf and Jinjava ({@link io.github.toolshed.benchmarks.template.StocksPages}
 * holds the compiled pages, {@link io.github.toolshed.benchmarks.template.StocksBenchmark} measures).
 */
package io.github.toolshed.benchmarks.template;

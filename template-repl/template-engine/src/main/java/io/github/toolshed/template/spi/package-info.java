/**
 * The service-provider interface for extending the template language.
 *
 * <p>A {@link io.github.toolshed.template.spi.Filter} is a function from a value (and an optional
 * argument) to a value; a {@link io.github.toolshed.template.spi.FilterSpec} names it and carries
 * Django's flags ({@code is_safe}, {@code needs_autoescape}, {@code expects_localtime}); the engine
 * applies the flags, so a filter only computes. {@link io.github.toolshed.template.spi.FilterContext}
 * gives a filter the autoescape state, the {@link io.github.toolshed.template.spi.TemplateSettings}
 * and variable lookups. Tag libraries will join this package.
 */
package io.github.toolshed.template.spi;

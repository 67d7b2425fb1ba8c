/**
 * Django's built-in filters, as Django 3.2 defines them.
 *
 * <p>{@link io.github.toolshed.template.filters.BuiltinFilters#all()} is the one entry point: the
 * engine registers the {@link io.github.toolshed.template.spi.FilterSpec}s it returns, each with
 * Django's {@code is_safe}, {@code needs_autoescape} and {@code expects_localtime} flags, and applies
 * those flags itself. The filters are grouped by concern in package-private classes: text
 * ({@code TextFilters}, with Python's {@code %} formatting in {@code PyFormat}), HTML and URLs
 * ({@code HtmlFilters}, {@code Urlizer}, {@code TagStripper}, {@code UrlQuoting}, {@code JsonScript}),
 * numbers ({@code NumberFilters}, {@code FloatFormat}), sequences ({@code ListFilters},
 * {@code Slicing}, {@code UnorderedList}, {@code PrettyPrint}), truncation ({@code Truncation}) and
 * dates ({@code DateFilters}, {@code TimeSince}).
 *
 * <p>{@link io.github.toolshed.template.filters.DateFormat} implements Django's date format
 * characters for the {@code date}/{@code time} filters and the {@code {% now %}} tag.
 *
 * <p>Values follow the Python mapping of {@link io.github.toolshed.template.python.Python}; where
 * Django raises, a filter throws {@link io.github.toolshed.template.TemplateRenderError} with the
 * Python exception name as its kind, and where Django fails silently the filter does too. Localised
 * output ({@code USE_L10N}, active languages) is not implemented: numbers and dates use Django's
 * default English formats and the format settings in
 * {@link io.github.toolshed.template.spi.TemplateSettings}.
 */
package io.github.toolshed.template.filters;

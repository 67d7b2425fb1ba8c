/**
 * Django's built-in filters. {@link io.github.toolshed.template.filters.BuiltinFilters#all()} lists
 * them for the engine; {@link io.github.toolshed.template.filters.DateFormat} implements Django's
 * date format characters for the {@code date}/{@code time} filters and the {@code now} tag.
 */
package io.github.toolshed.template.filters;

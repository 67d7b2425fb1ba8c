package io.github.toolshed.template.spi;

/**
 * A template filter: the function behind {@code {{ value|name }}} and {@code {{ value|name:arg }}}.
 *
 * <p>Values follow the Python-to-Java mapping of {@link io.github.toolshed.template.python.Python}.
 * {@code argument} is {@code null} both when the filter was written without an argument and when
 * the argument was {@code None}; {@link FilterContext#hasArgument()} tells the two apart. A string
 * literal argument arrives as a {@link io.github.toolshed.template.SafeString} (as in Django).
 * Failures are reported by throwing {@link io.github.toolshed.template.TemplateRenderError} with
 * the Python error kind Django would raise.
 */
@FunctionalInterface
public interface Filter {

    /**
     * Applies the filter.
     *
     * @param value the value being filtered (may be null = None)
     * @param argument the argument, or null when absent or None
     * @param context autoescape state, settings and argument presence
     * @return the filtered value (may be null = None)
     */
    Object apply(Object value, Object argument, FilterContext context);
}

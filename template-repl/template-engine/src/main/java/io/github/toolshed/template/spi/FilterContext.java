package io.github.toolshed.template.spi;

/**
 * What a filter may know about the call and the rendering it happens in.
 */
public interface FilterContext {

    /**
     * Whether auto-escaping is on where the filter is applied (Django passes this as
     * {@code autoescape=} to filters declared with {@code needs_autoescape}).
     *
     * @return true when output is being escaped
     */
    boolean autoescape();

    /**
     * Whether the filter was written with an argument ({@code |name:arg}), even when that argument
     * is {@code None}.
     *
     * @return true when an argument was given
     */
    boolean hasArgument();

    /**
     * The settings in force: time zone, date formats, the clock.
     *
     * @return the engine's settings
     */
    TemplateSettings settings();

    /**
     * Resolves a dotted lookup path ({@code "a.b.0"}) against a value with the engine's variable
     * resolution rules, as Django's {@code dictsort} and {@code regroup} do with
     * {@code Variable(arg).resolve(item)}.
     *
     * @param base the value to start from
     * @param path dotted path
     * @return the value found
     * @throws io.github.toolshed.template.TemplateRenderError of kind {@code VariableDoesNotExist}
     *     when a segment cannot be resolved
     */
    Object lookup(Object base, String path);
}

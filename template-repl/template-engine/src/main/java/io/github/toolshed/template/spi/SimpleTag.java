package io.github.toolshed.template.spi;

/**
 * A tag computed from its resolved arguments (Django's {@code simple_tag}):
 * {@code {% name arg1 arg2 key=value %}} or {@code {% name ... as var %}} to store the result
 * instead. The result is displayed like a variable: escaped under auto-escaping unless it is a
 * {@link io.github.toolshed.template.SafeString}.
 */
@FunctionalInterface
public interface SimpleTag {

    /**
     * Computes the tag's value.
     *
     * @param call the resolved arguments and the render scope
     * @return the value to display or store (may be null: renders {@code None})
     */
    Object call(TagCall call);
}

package io.github.toolshed.template.spi;

/** The compiled form of one tag occurrence: writes its output when the template renders. */
@FunctionalInterface
public interface TagRenderer {

    /**
     * Writes the tag's output.
     *
     * @param scope the render scope
     * @param out the output (write escaped text yourself when {@link TagScope#autoescape()})
     */
    void render(TagScope scope, StringBuilder out);
}

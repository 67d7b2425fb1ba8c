package io.github.toolshed.template.spi;

/** The compiled nodes between a block tag and its end tag, from {@link BlockParser#parseUntil}. */
public interface Body {

    /**
     * Renders the nodes into {@code out}.
     *
     * @param scope the render scope
     * @param out the output
     */
    void render(TagScope scope, StringBuilder out);

    /**
     * Renders the nodes into a fresh string.
     *
     * @param scope the render scope
     * @return the output
     */
    default String render(TagScope scope) {
        StringBuilder sb = new StringBuilder();
        render(scope, sb);
        return sb.toString();
    }
}

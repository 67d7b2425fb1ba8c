package io.github.toolshed.template.spi;

/**
 * A compiled filter expression such as {@code user.name|default:"anonymous"}, obtained from
 * {@link BlockParser#compile(String)} and resolved at render time.
 */
public interface Expression {

    /**
     * Resolves the expression; a missing variable gives the engine's invalid value rules
     * (empty, or an error in strict mode).
     *
     * @param scope the render scope
     * @return the value (may be null, Python's {@code None})
     */
    Object resolve(TagScope scope);

    /**
     * The source text of the expression.
     *
     * @return the text as written in the template
     */
    String text();
}

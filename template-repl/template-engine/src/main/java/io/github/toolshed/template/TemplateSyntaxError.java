package io.github.toolshed.template;

/**
 * A template could not be compiled: bad tag syntax, an unknown tag or filter, an unclosed block.
 * Messages follow Django's wording where Django has one.
 */
public class TemplateSyntaxError extends TemplateException {

    private static final long serialVersionUID = 1L;

    /** Set by the parser when the input ended while a block tag was still open. */
    private boolean unclosedBlock;
    /** The tags that could have continued or closed the open block, in the parser's order. */
    private java.util.List<String> expectedTags = java.util.List.of();

    /**
     * Creates a syntax error without a location (the parser adds it).
     *
     * @param message what is wrong
     */
    public TemplateSyntaxError(String message) {
        super(message);
    }

    /**
     * Creates a syntax error at a location.
     *
     * @param message what is wrong
     * @param location where
     */
    public TemplateSyntaxError(String message, SourceLocation location) {
        super(message, location);
    }

    /**
     * Whether the template failed only because it ended while a block tag ({@code for},
     * {@code if}, {@code comment}, ...) was still open: more input could complete it. A REPL uses
     * this to ask for a continuation line.
     *
     * @return true for an unclosed block at the end of the input
     */
    public boolean unclosedBlock() {
        return unclosedBlock;
    }

    /**
     * For an {@linkplain #unclosedBlock() unclosed block}, the tags that would continue or close the
     * innermost open block, e.g. {@code [empty, endfor]} or {@code [elif, else, endif]}.
     *
     * @return the expected tags; empty for other errors
     */
    public java.util.List<String> expectedTags() {
        return expectedTags;
    }

    TemplateSyntaxError markUnclosed(java.util.Collection<String> expected) {
        unclosedBlock = true;
        expectedTags = java.util.List.copyOf(expected);
        return this;
    }
}

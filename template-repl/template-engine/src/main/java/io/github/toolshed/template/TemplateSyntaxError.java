package io.github.toolshed.template;

/**
 * A template could not be compiled: bad tag syntax, an unknown tag or filter, an unclosed block.
 * Messages follow Django's wording where Django has one.
 */
public class TemplateSyntaxError extends TemplateException {

    private static final long serialVersionUID = 1L;

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
}

package io.github.toolshed.template;

/**
 * An error while rendering a compiled template, for example a filter given an argument it cannot
 * use. {@link #kind()} names the Python exception class Django raises in the same situation
 * ({@code "ValueError"}, {@code "TypeError"}, {@code "VariableDoesNotExist"}, ...), so behaviour
 * can be compared with Django's.
 */
public class TemplateRenderError extends TemplateException {

    private static final long serialVersionUID = 1L;

    private final String kind;

    /**
     * Creates a rendering error.
     *
     * @param kind the Python-like error kind, e.g. {@code "ValueError"}
     * @param message what went wrong
     */
    public TemplateRenderError(String kind, String message) {
        super(message);
        this.kind = kind;
    }

    /**
     * Creates a rendering error with a cause.
     *
     * @param kind the Python-like error kind, e.g. {@code "TypeError"}
     * @param message what went wrong
     * @param cause the underlying problem
     */
    public TemplateRenderError(String kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /**
     * Returns the Python-like error kind.
     *
     * @return e.g. {@code "ValueError"}
     */
    public String kind() {
        return kind;
    }
}

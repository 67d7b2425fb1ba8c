package io.github.toolshed.template.repl;

/**
 * The REPL's one unchecked exception: bad JSON for a context or {@code :set}, a bad command
 * argument, a terminal that cannot be opened. Template errors stay
 * {@link io.github.toolshed.template.TemplateException}s.
 */
public class TemplateReplException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, for people
     */
    public TemplateReplException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what went wrong, for people
     * @param cause the underlying failure
     */
    public TemplateReplException(String message, Throwable cause) {
        super(message, cause);
    }
}

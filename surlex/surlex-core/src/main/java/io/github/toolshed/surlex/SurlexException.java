package io.github.toolshed.surlex;

/**
 * The root of every exception thrown by surlex: catch this one type to handle any surlex failure.
 *
 * <p>Subclasses say what went wrong: {@link SurlexSyntaxException} for a pattern that does not
 * compile, {@link UnknownMacroException} for a macro name nobody registered, and
 * {@link NoReverseMatchException} when a URL cannot be built from the given parameters.
 */
public class SurlexException extends RuntimeException {

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, in words a user can act on
     */
    public SurlexException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong, in words a user can act on
     * @param cause the underlying failure
     */
    public SurlexException(String message, Throwable cause) {
        super(message, cause);
    }
}

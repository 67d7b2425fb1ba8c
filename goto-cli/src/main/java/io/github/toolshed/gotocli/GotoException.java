package io.github.toolshed.gotocli;

/**
 * The one unchecked exception of goto: an invalid alias name, a refused overwrite, an unknown
 * alias, or a targets file that cannot be read or written.
 *
 * <p>The message is written for the user and is printed after {@code goto: } by the command line.
 */
public class GotoException extends RuntimeException {

    /**
     * Creates an exception with a message for the user.
     *
     * @param message what went wrong, without the {@code goto: } prefix
     */
    public GotoException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message for the user and its cause.
     *
     * @param message what went wrong, without the {@code goto: } prefix
     * @param cause the underlying failure, usually an {@link java.io.IOException}
     */
    public GotoException(String message, Throwable cause) {
        super(message, cause);
    }
}

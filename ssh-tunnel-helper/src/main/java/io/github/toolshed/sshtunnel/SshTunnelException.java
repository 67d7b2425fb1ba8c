package io.github.toolshed.sshtunnel;

import java.util.Optional;

/**
 * The one unchecked exception of the ssh tunnel helper: rejected input, unparseable config files,
 * refused edits and failed writes.
 *
 * <p>When the problem is a user-supplied value, {@link #field()} names the option it came from
 * (for example {@code remote-host}), and the message starts with that name.
 */
public class SshTunnelException extends RuntimeException {

    private final String field;

    /**
     * Creates an exception that is not about a single input field.
     *
     * @param message what went wrong
     */
    public SshTunnelException(String message) {
        this(null, message, null);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param message what went wrong
     * @param cause the underlying failure
     */
    public SshTunnelException(String message, Throwable cause) {
        this(null, message, cause);
    }

    private SshTunnelException(String field, String message, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    /**
     * Creates an exception about a rejected input value; the message is prefixed with the field.
     *
     * @param field the option name, e.g. {@code remote-alias}
     * @param problem what is wrong with its value
     * @return the exception
     */
    public static SshTunnelException invalid(String field, String problem) {
        return new SshTunnelException(field, field + ": " + problem, null);
    }

    /** @return the input field this exception is about, if it is about one */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}

package io.github.toolshed.chat;

import java.util.Objects;

/** The one unchecked exception of the chat library; it carries the protocol error code sent to clients. */
public class ChatException extends RuntimeException {

    private final ErrorCode code;

    /**
     * Creates an exception for a protocol error.
     *
     * @param code the error code the client is told
     * @param message a human-readable reason, sent to the client as {@code reason}
     */
    public ChatException(ErrorCode code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    /**
     * Returns the protocol error code.
     *
     * @return the code sent in the {@code error} frame
     */
    public ErrorCode code() {
        return code;
    }
}

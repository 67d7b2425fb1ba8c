package io.github.toolshed.chat;

/** The error codes of {@code error} frames, as documented in docs/chat-protocol.md. */
public enum ErrorCode {
    /** The frame is not a JSON object. */
    BAD_JSON("bad_json"),
    /** The frame's {@code type} is missing or not one the server knows. */
    UNKNOWN_TYPE("unknown_type"),
    /** A field is missing or has the wrong type. */
    BAD_REQUEST("bad_request"),
    /** The nick is empty, too long or uses characters outside the allowed set. */
    INVALID_NICK("invalid_nick"),
    /** The room name is empty, too long or uses characters outside the allowed set. */
    INVALID_ROOM("invalid_room"),
    /** The session already chose another nick. */
    NICK_LOCKED("nick_locked"),
    /** The session sent to a room it has not joined. */
    NOT_JOINED("not_joined"),
    /** The session joined a room it is already in. */
    ALREADY_JOINED("already_joined"),
    /** The message text is empty or blank. */
    EMPTY_TEXT("empty_text"),
    /** The message text is longer than the configured maximum. */
    TEXT_TOO_LONG("text_too_long"),
    /** The {@code clientId} is too long or uses characters outside the allowed set. */
    INVALID_CLIENT_ID("invalid_client_id"),
    /** The session sends faster than its token bucket allows. */
    RATE_LIMITED("rate_limited"),
    /** The session is in as many rooms as it may be, or the node holds as many rooms as it may. */
    TOO_MANY_ROOMS("too_many_rooms"),
    /** The broker behind the server (e.g. Redis) is unreachable: delivery is paused, the frame was not accepted. */
    UNAVAILABLE("unavailable"),
    /** The server failed while handling the frame. */
    INTERNAL("internal");

    private final String wire;

    ErrorCode(String wire) {
        this.wire = wire;
    }

    /**
     * Returns the code as it appears in the {@code code} field of an {@code error} frame.
     *
     * @return the wire name, e.g. {@code rate_limited}
     */
    public String wire() {
        return wire;
    }
}

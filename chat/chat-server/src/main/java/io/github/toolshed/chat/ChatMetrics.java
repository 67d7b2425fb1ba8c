package io.github.toolshed.chat;

/**
 * Receives the chat server's measurements; the Spring module records them with Micrometer.
 *
 * <p>Implementations must be thread-safe and must not block.
 */
public interface ChatMetrics {

    /** Metrics that record nothing. */
    ChatMetrics NONE = new ChatMetrics() {};

    /** How a resume request ended. */
    enum ResumeOutcome {
        /** The missed messages were replayed. */
        RECOVERED,
        /** The gap could not be filled or the epoch changed; fresh history was sent. */
        NOT_RECOVERED
    }

    /** A connection was accepted. */
    default void connectionOpened() {}

    /** An accepted connection ended. */
    default void connectionClosed() {}

    /** A connection was refused because of a connection cap. */
    default void connectionRefused() {}

    /** A client message was appended to a room. */
    default void messageIn() {}

    /**
     * A chat message frame was written to a client.
     *
     * @param latencyNanos time from fan-out to the end of the write
     */
    default void messageOut(long latencyNanos) {}

    /** A slow consumer was disconnected. */
    default void slowConsumerDropped() {}

    /**
     * A resume request was answered.
     *
     * @param outcome whether the gap was filled
     */
    default void resumed(ResumeOutcome outcome) {}

    /**
     * An error frame was sent.
     *
     * @param code its code
     */
    default void error(ErrorCode code) {}
}

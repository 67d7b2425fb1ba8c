package io.github.toolshed.chat.broker;

/**
 * Receives one subscriber's view of a room, in order.
 *
 * <p>A broker calls {@link #onHistory} exactly once, before any other call, then {@link #onMessage}
 * for every later message in offset order, with nothing missing and nothing repeated, interleaved with
 * {@link #onSignal}. Calls may come from any thread but never concurrently for one listener, and
 * implementations must not block (they hand work to a queue).
 */
public interface RoomListener {

    /**
     * Receives the replay.
     *
     * @param history the replayed messages
     */
    void onHistory(History history);

    /**
     * Receives a live message.
     *
     * @param message the message
     */
    void onMessage(ChatMessage message);

    /**
     * Receives a relayed signal (including this subscriber's own join).
     *
     * @param signal the signal
     */
    void onSignal(Signal signal);

    /**
     * Learns that live delivery is paused because the broker lost its backing store; messages resume
     * (without a gap) when it comes back. The default does nothing; the embedded broker never pauses.
     *
     * @param reason a short human-readable reason
     */
    default void onPaused(String reason) {}

    /**
     * Learns that the room's retained history was lost and a new epoch began: this subscription ends and
     * no further call follows. The subscriber should reconnect and resume, and will be told
     * {@code recovered: false}. The default does nothing; the embedded broker never loses a live room.
     *
     * @param reason a short human-readable reason
     */
    default void onHistoryLost(String reason) {}
}

package io.github.toolshed.chat.broker;

/** What a new subscriber receives before live messages. */
public sealed interface Replay {

    /**
     * The most recent messages of the room.
     *
     * @param count how many, at most
     */
    record Recent(int count) implements Replay {}

    /**
     * Every retained message after a position the client saw; falls back to {@code fallback} recent
     * messages when the epoch differs or the gap is no longer retained.
     *
     * @param epoch the epoch the client saw
     * @param offset the last offset the client saw (0 when it saw none)
     * @param fallback recent messages sent when the gap cannot be filled
     */
    record After(String epoch, long offset, int fallback) implements Replay {}
}

package io.github.toolshed.chat.broker;

/** A member's presence in a room; closing it leaves the room. */
public interface Subscription extends AutoCloseable {

    /**
     * Leaves the room: the listener gets nothing more and the member leaves presence; idempotent.
     * The caller publishes the {@link Signal.Left} announcement.
     */
    @Override
    void close();
}

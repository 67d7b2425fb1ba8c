package io.github.toolshed.chat.broker;

import java.util.Objects;

/**
 * A stored chat message: its place in the room's log and what was said.
 *
 * @param room the room's name
 * @param offset the message's position in the room's log, starting at 1, strictly increasing
 * @param from the sender's session id, assigned by the server
 * @param nick the sender's nick at the time
 * @param text the plain text
 * @param ts the append time in milliseconds since the epoch
 * @param clientId the sender's idempotency key, or null
 */
public record ChatMessage(String room, long offset, String from, String nick, String text, long ts, String clientId) {

    /** Checks the required fields. */
    public ChatMessage {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(nick, "nick");
        Objects.requireNonNull(text, "text");
        if (offset < 1) {
            throw new IllegalArgumentException("offset must be positive but was " + offset);
        }
    }
}

package io.github.toolshed.chat.broker;

import java.util.Objects;

/**
 * A message about to be appended; the broker gives it an offset and a timestamp.
 *
 * @param from the sender's session id
 * @param nick the sender's nick
 * @param text the plain text
 * @param clientId the sender's idempotency key, or null for none
 */
public record MessageDraft(String from, String nick, String text, String clientId) {

    /** Checks the required fields. */
    public MessageDraft {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(nick, "nick");
        Objects.requireNonNull(text, "text");
    }
}

package io.github.toolshed.chat.broker;

import java.util.Objects;

/**
 * A session present in a room.
 *
 * @param sessionId the server-assigned session id
 * @param nick the session's nick
 */
public record Member(String sessionId, String nick) {

    /** Checks the fields. */
    public Member {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(nick, "nick");
    }
}

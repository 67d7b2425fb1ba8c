package io.github.toolshed.chat.internal;

import io.github.toolshed.chat.ChatException;
import io.github.toolshed.chat.ErrorCode;
import java.util.regex.Pattern;

/** Validation of nicks, room names, client ids and message text. */
final class Names {

    /** Letters, digits, marks, and {@code _ . -} and inner spaces. */
    private static final Pattern NICK = Pattern.compile("[\\p{L}\\p{M}\\p{N}_.\\-]+(?: [\\p{L}\\p{M}\\p{N}_.\\-]+)*");
    private static final Pattern ROOM = Pattern.compile("[A-Za-z0-9_.\\-]{1,64}");
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_.:\\-]{1,64}");

    private Names() {}

    static String nick(String nick, int maxLength) {
        if (nick.isEmpty() || nick.length() > maxLength || !NICK.matcher(nick).matches()) {
            throw new ChatException(ErrorCode.INVALID_NICK, "a nick is 1 to " + maxLength
                    + " letters, digits, '_', '.', '-' or inner single spaces");
        }
        return nick;
    }

    static String room(String room) {
        if (!ROOM.matcher(room).matches()) {
            throw new ChatException(ErrorCode.INVALID_ROOM, "a room name is 1 to 64 of A-Z a-z 0-9 _ . -");
        }
        return room;
    }

    static String clientId(String clientId) {
        if (clientId != null && !CLIENT_ID.matcher(clientId).matches()) {
            throw new ChatException(ErrorCode.INVALID_CLIENT_ID, "a clientId is 1 to 64 of A-Z a-z 0-9 _ . : -");
        }
        return clientId;
    }

    static String text(String text, int maxLength) {
        if (text.isBlank()) {
            throw new ChatException(ErrorCode.EMPTY_TEXT, "the message text is empty");
        }
        if (text.length() > maxLength) {
            throw new ChatException(ErrorCode.TEXT_TOO_LONG, "the message text is longer than " + maxLength
                    + " characters");
        }
        return text;
    }

    /** Shortens untrusted text for an error reason and replaces anything unprintable. */
    static String printable(String text, int max) {
        String cut = text.length() > max ? text.substring(0, max) + "…" : text;
        return cut.replaceAll("[^\\p{L}\\p{N}\\p{P}\\p{S} ]", "?");
    }
}

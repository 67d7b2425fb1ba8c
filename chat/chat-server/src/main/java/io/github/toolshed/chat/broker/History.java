package io.github.toolshed.chat.broker;

import java.util.List;

/**
 * The replay a subscriber receives first.
 *
 * @param room the room's name
 * @param epoch the room's current epoch
 * @param messages the replayed messages in offset order
 * @param recovered for {@link Replay.After}: whether the gap was filled exactly; null for {@link Replay.Recent}
 */
public record History(String room, String epoch, List<ChatMessage> messages, Boolean recovered) {

    /** Copies the list. */
    public History {
        messages = List.copyOf(messages);
    }
}

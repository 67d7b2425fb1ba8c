package io.github.toolshed.chat.redis;

import io.github.toolshed.chat.broker.ChatMessage;
import java.util.Map;

/** Converts between stream entries ({@code 0-<offset>} ids, short field names) and chat messages. */
final class StreamEntries {

    private StreamEntries() {}

    /** The offset of a stream id {@code 0-<offset>}. */
    static long offset(String id) {
        int dash = id.indexOf('-');
        if (dash < 0 || !id.startsWith("0-")) {
            throw new IllegalArgumentException("not a chat stream id: " + id);
        }
        return Long.parseLong(id.substring(dash + 1));
    }

    /** The stream id of an offset. */
    static String id(long offset) {
        return "0-" + offset;
    }

    /** A message from alternating field names and values as a script returns them. */
    static ChatMessage message(String room, String id, String[] fieldsAndValues) {
        String from = null;
        String nick = null;
        String text = null;
        String clientId = null;
        long ts = 0;
        for (int i = 0; i + 1 < fieldsAndValues.length; i += 2) {
            String value = fieldsAndValues[i + 1];
            switch (fieldsAndValues[i]) {
                case "f" -> from = value;
                case "n" -> nick = value;
                case "t" -> text = value;
                case "ts" -> ts = Long.parseLong(value);
                case "c" -> clientId = value;
                default -> { }
            }
        }
        return new ChatMessage(room, offset(id), from, nick, text, ts, clientId);
    }

    /** A message from a stream entry's body as XREAD returns it. */
    static ChatMessage message(String room, String id, Map<String, String> body) {
        String ts = body.get("ts");
        return new ChatMessage(room, offset(id), body.get("f"), body.get("n"), body.get("t"),
                ts == null ? 0 : Long.parseLong(ts), body.get("c"));
    }
}

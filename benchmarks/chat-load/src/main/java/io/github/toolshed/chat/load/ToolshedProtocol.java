package io.github.toolshed.chat.load;

import java.nio.charset.StandardCharsets;

/**
 * Toolshed's chat protocol (docs/chat-protocol.md). Received frames are scanned, not parsed: the server
 * writes {@code "type"} first and the payload is plain ASCII, so a byte search is exact and cheap.
 */
public final class ToolshedProtocol implements ChatProtocol {

    private static final byte[] MESSAGE = ascii("{\"type\":\"message\"");
    private static final byte[] HISTORY = ascii("{\"type\":\"history\"");
    private static final byte[] ERROR = ascii("{\"type\":\"error\"");
    private static final byte[] TEXT = ascii("\"text\":\"");

    @Override
    public String join(String room, String nick) {
        return "{\"type\":\"join\",\"room\":\"" + room + "\",\"nick\":\"" + nick + "\"}";
    }

    @Override
    public String message(String room, String payload, String clientId) {
        return "{\"type\":\"message\",\"room\":\"" + room + "\",\"text\":\"" + payload + "\",\"clientId\":\""
                + clientId + "\"}";
    }

    @Override
    public boolean isJoined(byte[] frame, int from, int to) {
        return startsWith(frame, from, to, HISTORY);
    }

    @Override
    public int payloadAt(byte[] frame, int from, int to) {
        if (!startsWith(frame, from, to, MESSAGE)) {
            return -1;
        }
        int last = to - TEXT.length;
        outer:
        for (int i = from + MESSAGE.length; i <= last; i++) {
            for (int j = 0; j < TEXT.length; j++) {
                if (frame[i + j] != TEXT[j]) {
                    continue outer;
                }
            }
            return i + TEXT.length;
        }
        return -1;
    }

    @Override
    public boolean isError(byte[] frame, int from, int to) {
        return startsWith(frame, from, to, ERROR);
    }

    private static boolean startsWith(byte[] frame, int from, int to, byte[] prefix) {
        if (to - from < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (frame[from + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}

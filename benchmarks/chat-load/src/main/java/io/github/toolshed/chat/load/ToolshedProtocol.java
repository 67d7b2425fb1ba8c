package io.github.toolshed.chat.load;

/**
 * Toolshed's chat protocol (docs/chat-protocol.md). Received frames are scanned, not parsed: the server
 * writes {@code "type"} first and the payload is plain ASCII, so a string search is exact and cheap.
 */
public final class ToolshedProtocol implements ChatProtocol {

    private static final String TEXT = "\"text\":\"";

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
    public boolean isJoined(String frame) {
        return frame.startsWith("{\"type\":\"history\"");
    }

    @Override
    public String payload(String frame) {
        if (!frame.startsWith("{\"type\":\"message\"")) {
            return null;
        }
        int start = frame.indexOf(TEXT);
        if (start < 0) {
            return null;
        }
        start += TEXT.length();
        int end = frame.indexOf('"', start);
        return end < 0 ? null : frame.substring(start, end);
    }

    @Override
    public boolean isError(String frame) {
        return frame.startsWith("{\"type\":\"error\"");
    }
}

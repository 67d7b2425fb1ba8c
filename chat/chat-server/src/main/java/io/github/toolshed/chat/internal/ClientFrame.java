package io.github.toolshed.chat.internal;

import io.github.toolshed.chat.ChatException;
import io.github.toolshed.chat.ErrorCode;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A frame a client sends, parsed from JSON; {@link #parse} reports bad input as a {@link ChatException}. */
sealed interface ClientFrame {

    /** {@code join {room, nick, resume?: {epoch, offset}}}. */
    record Join(String room, String nick, Resume resume) implements ClientFrame {}

    /** The optional resume point of a join. */
    record Resume(String epoch, long offset) {}

    /** {@code message {room, text, clientId?}}. */
    record Send(String room, String text, String clientId) implements ClientFrame {}

    /** {@code typing {room}}. */
    record Typing(String room) implements ClientFrame {}

    /** {@code leave {room}}. */
    record Leave(String room) implements ClientFrame {}

    /** {@code ping}. */
    record Ping() implements ClientFrame {}

    /** Parses one text frame. */
    static ClientFrame parse(JsonMapper mapper, String text) {
        JsonNode node;
        try {
            node = mapper.readTree(text);
        } catch (JacksonException e) {
            throw new ChatException(ErrorCode.BAD_JSON, "the frame is not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw new ChatException(ErrorCode.BAD_JSON, "the frame must be a JSON object");
        }
        JsonNode type = node.get("type");
        if (type == null || !type.isString()) {
            throw new ChatException(ErrorCode.UNKNOWN_TYPE, "the frame has no string field 'type'");
        }
        return switch (type.stringValue()) {
            case "join" -> new Join(string(node, "room"), string(node, "nick"), resume(node.get("resume")));
            case "message" -> new Send(string(node, "room"), string(node, "text"), optionalString(node, "clientId"));
            case "typing" -> new Typing(string(node, "room"));
            case "leave" -> new Leave(string(node, "room"));
            case "ping" -> new Ping();
            default -> throw new ChatException(ErrorCode.UNKNOWN_TYPE, "unknown frame type '"
                    + Names.printable(type.stringValue(), 32) + "'");
        };
    }

    private static Resume resume(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new ChatException(ErrorCode.BAD_REQUEST, "'resume' must be an object {epoch, offset}");
        }
        JsonNode offset = node.get("offset");
        if (offset == null || !offset.isIntegralNumber() || !offset.canConvertToLong() || offset.longValue() < 0) {
            throw new ChatException(ErrorCode.BAD_REQUEST, "'resume.offset' must be a non-negative integer");
        }
        return new Resume(string(node, "epoch"), offset.longValue());
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw new ChatException(ErrorCode.BAD_REQUEST, "missing string field '" + field + "'");
        }
        return value.stringValue();
    }

    private static String optionalString(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : string(node, field);
    }
}

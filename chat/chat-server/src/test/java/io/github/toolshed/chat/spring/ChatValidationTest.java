package io.github.toolshed.chat.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Bad input gets an {@code error} frame with a documented code, and the connection stays usable. */
class ChatValidationTest {

    private static int port;

    @BeforeAll
    static void start() {
        port = StandardServer.port();
    }

    @Test
    void malformedInputGetsAnErrorFrameAndTheConnectionStays() {
        try (WsClient client = WsClient.welcomed(port)) {
            assertError(client, "{not json", "bad_json");
            assertError(client, "[1,2,3]", "bad_json");
            assertError(client, "{\"type\":\"shout\"}", "unknown_type");
            assertError(client, "{\"type\":42}", "unknown_type");
            assertError(client, "{\"type\":\"join\",\"room\":\"r\"}", "bad_request");
            assertError(client, "{\"type\":\"join\",\"room\":\"r\",\"nick\":\"n\",\"resume\":{\"epoch\":\"e\","
                    + "\"offset\":-1}}", "bad_request");
            client.send("{\"type\":\"ping\"}");
            assertThat(client.next().get("type").stringValue()).isEqualTo("pong");
            assertThat(client.isClosed()).isFalse();
        }
    }

    @Test
    void namesAreValidated() {
        try (WsClient client = WsClient.welcomed(port)) {
            for (String nick : List.of("", " ", "<script>", "a".repeat(33), "x\u0000y", "two  spaces", " lead")) {
                assertError(client, json("join", "room", "ok", "nick", nick), "invalid_nick");
            }
        }
    }

    @Test
    void roomsAndTextAreValidated() {
        try (WsClient client = WsClient.welcomed(port)) {
            assertError(client, json("join", "room", "../etc/passwd", "nick", "ann"), "invalid_room");
            assertError(client, json("join", "room", "", "nick", "ann"), "invalid_room");
            client.join("valid", "ann");
            assertError(client, json("join", "room", "other", "nick", "bob"), "nick_locked");
            assertError(client, json("join", "room", "valid", "nick", "ann"), "already_joined");
            assertError(client, json("message", "room", "valid", "text", "   "), "empty_text");
            assertError(client, json("message", "room", "valid", "text", "x".repeat(2001)), "text_too_long");
            assertError(client, "{\"type\":\"message\",\"room\":\"valid\",\"text\":\"t\",\"clientId\":\"a b\"}",
                    "invalid_client_id");
            client.join("second", "ann");
            client.join("third", "ann");
            assertError(client, json("join", "room", "fourth", "nick", "ann"), "too_many_rooms");
        }
    }

    static String json(String type, String... fields) {
        var node = WsClient.JSON.createObjectNode().put("type", type);
        for (int i = 0; i < fields.length; i += 2) {
            node.put(fields[i], fields[i + 1]);
        }
        return node.toString();
    }

    static void assertError(WsClient client, String frame, String code) {
        client.send(frame);
        JsonNode error = client.next("error");
        assertThat(error.get("code").stringValue()).as("answer to %s", frame).isEqualTo(code);
        assertThat(error.get("reason").stringValue()).isNotBlank();
    }
}

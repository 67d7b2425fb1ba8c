package io.github.toolshed.chat.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The protocol's behaviour, spoken by a real WebSocket client to a server on a random port. */
class ChatProtocolTest {

    private static int port;

    @BeforeAll
    static void start() {
        port = StandardServer.port();
    }

    @Test
    void welcomeAssignsADistinctServerChosenIdentity() {
        try (WsClient a = WsClient.welcomed(port); WsClient b = WsClient.welcomed(port)) {
            assertThat(a.sessionId).hasSizeGreaterThanOrEqualTo(16).isNotEqualTo(b.sessionId);
            a.join("identity", "alice");
            b.join("identity", "bob");
            // A client cannot claim another session's id: 'from' in the frame is ignored.
            a.send("type", "message", "room", "identity", "text", "hi", "clientId", "c1", "from", b.sessionId,
                    "nick", "bob");
            JsonNode seen = b.nextMessage();
            assertThat(seen.get("from").stringValue()).isEqualTo(a.sessionId);
            assertThat(seen.get("nick").stringValue()).isEqualTo("alice");
        }
    }

    @Test
    void joinSendsRecentHistoryThenAnnouncementThenPresence() {
        try (WsClient writer = WsClient.welcomed(port)) {
            writer.join("history", "writer");
            for (int i = 1; i <= 20; i++) {
                writer.say("history", "m" + i, "h" + i);
            }
            for (int i = 1; i <= 20; i++) {
                writer.nextMessage();
            }
            try (WsClient reader = WsClient.welcomed(port)) {
                reader.send("type", "join", "room", "history", "nick", "reader");
                JsonNode history = reader.next();
                assertThat(history.get("type").stringValue()).isEqualTo("history");
                assertThat(history.get("room").stringValue()).isEqualTo("history");
                assertThat(history.get("epoch").stringValue()).isNotBlank();
                assertThat(texts(history.get("messages"))).isEqualTo(
                        IntStream.rangeClosed(6, 20).mapToObj(i -> "m" + i).toList());
                assertThat(offsets(history.get("messages"))).isEqualTo(
                        IntStream.rangeClosed(6, 20).mapToObj(i -> (long) i).toList());
                JsonNode announcement = reader.next();
                assertThat(announcement.get("type").stringValue()).isEqualTo("announcement");
                assertThat(announcement.get("kind").stringValue()).isEqualTo("join");
                assertThat(announcement.get("text").stringValue()).isEqualTo("reader joined");
                JsonNode presence = reader.next();
                assertThat(presence.get("type").stringValue()).isEqualTo("presence");
                assertThat(nicks(presence)).containsExactly("writer", "reader");

                JsonNode toWriter = writer.next("announcement");
                assertThat(toWriter.get("text").stringValue()).isEqualTo("reader joined");
                assertThat(nicks(writer.next("presence"))).containsExactly("writer", "reader");
            }
            JsonNode gone = writer.next("announcement");
            assertThat(gone.get("kind").stringValue()).isEqualTo("leave");
            assertThat(gone.get("text").stringValue()).isEqualTo("reader disconnected");
            assertThat(nicks(writer.next("presence"))).containsExactly("writer");
        }
    }

    @Test
    void messagesCarryOffsetSenderTimestampAndClientIdToEveryMember() {
        try (WsClient a = WsClient.welcomed(port); WsClient b = WsClient.welcomed(port)) {
            a.join("fields", "alice");
            b.join("fields", "bob");
            long before = System.currentTimeMillis();
            a.say("fields", "hello there", "id-1");
            for (WsClient client : List.of(a, b)) {
                JsonNode message = client.nextMessage();
                assertThat(message.get("room").stringValue()).isEqualTo("fields");
                assertThat(message.get("offset").longValue()).isEqualTo(1);
                assertThat(message.get("from").stringValue()).isEqualTo(a.sessionId);
                assertThat(message.get("nick").stringValue()).isEqualTo("alice");
                assertThat(message.get("text").stringValue()).isEqualTo("hello there");
                assertThat(message.get("clientId").stringValue()).isEqualTo("id-1");
                assertThat(message.get("ts").longValue()).isBetween(before - 1000, System.currentTimeMillis());
            }
        }
    }

    @Test
    void textIsPlainTextEndToEndIncludingMarkupAndUnicode() {
        String nasty = "<script>alert(1)</script> & \"quotes\" \\ back\nline\ttab \u2028 ünï ✓ 😀 \u0001";
        try (WsClient a = WsClient.welcomed(port)) {
            a.join("plain", "alice");
            a.say("plain", nasty, "x");
            assertThat(a.nextMessage().get("text").stringValue()).isEqualTo(nasty);
        }
    }

    @Test
    void aRetriedClientIdIsDeliveredOnce() throws InterruptedException {
        try (WsClient a = WsClient.welcomed(port); WsClient b = WsClient.welcomed(port)) {
            a.join("idem", "alice");
            b.join("idem", "bob");
            a.say("idem", "once", "retry-1");
            a.say("idem", "once", "retry-1");
            a.say("idem", "once again?", "retry-1");
            a.say("idem", "next", "retry-2");
            assertThat(b.nextMessage().get("text").stringValue()).isEqualTo("once");
            JsonNode next = b.nextMessage();
            assertThat(next.get("text").stringValue()).isEqualTo("next");
            assertThat(next.get("offset").longValue()).isEqualTo(2);
            b.assertNoFrame("message", Duration.ofMillis(200));
        }
        // A reconnected client retrying with the same clientId is not delivered twice either.
        try (WsClient again = WsClient.welcomed(port)) {
            again.join("idem", "alice");
            again.say("idem", "once", "retry-1");
            again.say("idem", "fresh", "retry-3");
            assertThat(again.nextMessage().get("text").stringValue()).isEqualTo("fresh");
        }
    }

    @Test
    void typingIsRelayedToOthersButNeverStored() throws InterruptedException {
        try (WsClient a = WsClient.welcomed(port); WsClient b = WsClient.welcomed(port)) {
            a.join("typing", "alice");
            b.join("typing", "bob");
            a.send("type", "typing", "room", "typing");
            JsonNode typing = b.next("typing");
            assertThat(typing.get("nick").stringValue()).isEqualTo("alice");
            assertThat(typing.get("room").stringValue()).isEqualTo("typing");
            a.assertNoFrame("typing", Duration.ofMillis(200));
            try (WsClient c = WsClient.welcomed(port)) {
                assertThat(c.join("typing", "carol").get("messages")).isEmpty();
            }
        }
    }

    @Test
    void leaveAnnouncesAndUpdatesPresence() {
        try (WsClient a = WsClient.welcomed(port); WsClient b = WsClient.welcomed(port)) {
            a.join("leave", "alice");
            b.join("leave", "bob");
            a.next("presence");
            b.send("type", "leave", "room", "leave");
            JsonNode left;
            do {
                left = a.next("announcement");
            } while (!left.get("kind").stringValue().equals("leave"));
            assertThat(left.get("text").stringValue()).isEqualTo("bob left");
            assertThat(a.next(frame -> frame.get("type").stringValue().equals("presence")
                    && frame.get("members").size() == 1, "presence of one")).isNotNull();
            b.say("leave", "still here?", "z");
            assertThat(b.next("error").get("code").stringValue()).isEqualTo("not_joined");
        }
    }

    @Test
    void pingIsAnsweredWithPong() {
        try (WsClient a = WsClient.welcomed(port)) {
            a.send("{\"type\":\"ping\"}");
            assertThat(a.next().get("type").stringValue()).isEqualTo("pong");
        }
    }

    @Test
    void aSessionCanBeInSeveralRooms() {
        try (WsClient a = WsClient.welcomed(port)) {
            a.join("multi-1", "alice");
            a.join("multi-2", "alice");
            a.say("multi-2", "two", "m2");
            a.say("multi-1", "one", "m1");
            assertThat(a.nextMessage().get("room").stringValue()).isEqualTo("multi-2");
            assertThat(a.nextMessage().get("room").stringValue()).isEqualTo("multi-1");
        }
    }

    @Test
    void theBrowserClientIsServedAtSlashChat() throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/chat/")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<title>Toolshed chat</title>", "aria-live=\"polite\"");
            HttpResponse<String> script = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/chat/chat.js")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(script.statusCode()).isEqualTo(200);
            assertThat(script.body()).contains("textContent").doesNotContain("innerHTML =");
        }
    }

    static List<String> texts(JsonNode messages) {
        return messages.valueStream().map(m -> m.get("text").stringValue()).toList();
    }

    static List<Long> offsets(JsonNode messages) {
        return messages.valueStream().map(m -> m.get("offset").longValue()).toList();
    }

    static List<String> nicks(JsonNode presence) {
        return presence.get("members").valueStream().map(m -> m.get("nick").stringValue()).toList();
    }
}

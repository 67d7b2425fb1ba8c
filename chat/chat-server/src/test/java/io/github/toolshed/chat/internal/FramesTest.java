package io.github.toolshed.chat.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.toolshed.chat.ChatException;
import io.github.toolshed.chat.ErrorCode;
import io.github.toolshed.chat.broker.ChatMessage;
import io.github.toolshed.chat.broker.Member;
import io.github.toolshed.chat.broker.Signal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FramesTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void encodedMessagesParseBackToTheSameTextForAnyCharacters() {
        Random random = new Random(42);
        ServerFrames frames = new ServerFrames();
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append((char) random.nextInt(0x3000));
            }
            String nick = "n\"\\<" + round;
            ChatMessage message = new ChatMessage("r", round + 1, "id", nick, text.toString(), 5, null);
            JsonNode parsed = json.readTree(frames.message(message));
            assertThat(parsed.get("text").stringValue()).isEqualTo(text.toString());
            assertThat(parsed.get("nick").stringValue()).isEqualTo(nick);
            assertThat(parsed.get("clientId").isNull()).isTrue();
        }
    }

    @Test
    void aMessageIsEncodedOnceForAllReceivers() {
        ServerFrames frames = new ServerFrames();
        ChatMessage message = new ChatMessage("r", 1, "id", "ann", "hi", 5, "c");
        assertThat(frames.message(message)).isSameAs(frames.message(message));
        ChatMessage equalButDistinct = new ChatMessage("r", 1, "id", "ann", "hi", 5, "c");
        assertThat(frames.message(equalButDistinct)).isEqualTo(frames.message(message));
        assertThat(frames.live(message)).isSameAs(frames.live(message));
        assertThat(frames.live(message).text()).isSameAs(frames.message(message));
        assertThat(frames.live(message).fannedOutAt()).isNotZero();
    }

    @Test
    void aSignalIsEncodedOnceForAllMembersAndEscaped() {
        ServerFrames frames = new ServerFrames();
        Signal joined = new Signal.Joined(new Member("s1", "a\"n\u2028n"));
        Outbox.Frame json = frames.signal("r", joined);
        assertThat(frames.signal("r", joined)).isSameAs(json);
        assertThat(json.text()).isEqualTo("{\"type\":\"announcement\",\"room\":\"r\",\"kind\":\"join\","
                + "\"text\":\"a\\\"n\\u2028n joined\",\"sessionId\":\"s1\",\"nick\":\"a\\\"n\\u2028n\"}");
        assertThat(frames.signal("r", new Signal.Left(new Member("s1", "ann"), true)).text()).contains("\"ann disconnected\"");
        assertThat(frames.signal("r", new Signal.Typing(new Member("s2", "bob"))).text()).startsWith("{\"type\":\"typing\"");
    }

    @Test
    void presenceAndHistoryAreValidJson() {
        ServerFrames frames = new ServerFrames();
        JsonNode presence = json.readTree(ServerFrames.presence("r", List.of(new Member("1", "a\"b"),
                new Member("2", "c"))));
        assertThat(presence.get("members").get(0).get("nick").stringValue()).isEqualTo("a\"b");
        JsonNode history = json.readTree(ServerFrames.history("r", "e", List.of(
                new ChatMessage("r", 1, "id", "ann", "x", 1, null), new ChatMessage("r", 2, "id", "ann", "y", 2, null)),
                frames));
        assertThat(history.get("messages").size()).isEqualTo(2);
        assertThat(json.readTree(ServerFrames.history("r", "e", List.of(), frames)).get("messages").size()).isZero();
    }

    @Test
    void clientFramesAreParsedStrictly() {
        assertThat(ClientFrame.parse(json, "{\"type\":\"join\",\"room\":\"r\",\"nick\":\"n\",\"resume\":"
                + "{\"epoch\":\"e\",\"offset\":7}}"))
                .isEqualTo(new ClientFrame.Join("r", "n", new ClientFrame.Resume("e", 7)));
        assertThat(ClientFrame.parse(json, "{\"type\":\"message\",\"room\":\"r\",\"text\":\"t\"}"))
                .isEqualTo(new ClientFrame.Send("r", "t", null));
        for (String bad : List.of("{\"type\":\"join\",\"room\":1,\"nick\":\"n\"}",
                "{\"type\":\"join\",\"room\":\"r\",\"nick\":\"n\",\"resume\":{\"epoch\":\"e\",\"offset\":1.5}}",
                "{\"type\":\"join\",\"room\":\"r\",\"nick\":\"n\",\"resume\":[]}",
                "{\"type\":\"message\",\"room\":\"r\",\"text\":\"t\",\"clientId\":5}")) {
            assertThatThrownBy(() -> ClientFrame.parse(json, bad)).as(bad)
                    .isInstanceOfSatisfying(ChatException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_REQUEST));
        }
        assertThatThrownBy(() -> ClientFrame.parse(json, "[".repeat(3000)))
                .isInstanceOfSatisfying(ChatException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_JSON));
    }

    @Test
    void theTokenBucketAllowsABurstThenRefills() {
        TokenBucket bucket = new TokenBucket(3, 2, 0);
        assertThat(bucket.tryTake(0)).isTrue();
        assertThat(bucket.tryTake(0)).isTrue();
        assertThat(bucket.tryTake(0)).isTrue();
        assertThat(bucket.tryTake(0)).isFalse();
        assertThat(bucket.tryTake(499_000_000L)).isFalse();
        assertThat(bucket.tryTake(500_000_000L)).isTrue();
        assertThat(bucket.tryTake(60_000_000_000L)).isTrue();
        assertThat(bucket.tryTake(60_000_000_000L)).isTrue();
        assertThat(bucket.tryTake(60_000_000_000L)).isTrue();
        assertThat(bucket.tryTake(60_000_000_000L)).isFalse();
    }
}

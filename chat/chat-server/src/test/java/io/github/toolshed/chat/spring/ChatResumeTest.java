package io.github.toolshed.chat.spring;

import static io.github.toolshed.chat.spring.ChatProtocolTest.offsets;
import static io.github.toolshed.chat.spring.ChatProtocolTest.texts;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/** Reconnecting with {epoch, offset}: exactly the missed messages, or an honest {@code recovered: false}. */
class ChatResumeTest {

    private static ConfigurableApplicationContext context;
    private static int port;

    @BeforeAll
    static void start() {
        context = TestChatApplication.start("toolshed.chat.rate-burst=1000",
                "toolshed.chat.rate-per-second=100000", "toolshed.chat.max-connections-per-address=500");
        port = TestChatApplication.port(context);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    private static void resume(WsClient client, String room, String nick, String epoch, long offset) {
        client.send("type", "join", "room", room, "nick", nick, "resume", Map.of("epoch", epoch, "offset", offset));
    }

    @Test
    void aReconnectingClientGetsExactlyWhatItMissedThenLiveMessages() {
        try (WsClient writer = WsClient.welcomed(port)) {
            writer.join("resume", "writer");
            String epoch;
            long seen;
            try (WsClient reader = WsClient.welcomed(port)) {
                epoch = reader.join("resume", "reader").get("epoch").stringValue();
                for (int i = 1; i <= 3; i++) {
                    writer.say("resume", "before " + i, "b" + i);
                }
                reader.nextMessage();
                reader.nextMessage();
                seen = reader.nextMessage().get("offset").longValue();
            }
            for (int i = 1; i <= 5; i++) {
                writer.say("resume", "missed " + i, "m" + i);
            }
            for (int i = 1; i <= 8; i++) {
                writer.nextMessage();
            }
            try (WsClient back = WsClient.welcomed(port)) {
                resume(back, "resume", "reader", epoch, seen);
                JsonNode resumed = back.next();
                assertThat(resumed.get("type").stringValue()).isEqualTo("resumed");
                assertThat(resumed.get("recovered").booleanValue()).isTrue();
                JsonNode history = back.next();
                assertThat(history.get("type").stringValue()).isEqualTo("history");
                assertThat(texts(history.get("messages")))
                        .containsExactly("missed 1", "missed 2", "missed 3", "missed 4", "missed 5");
                assertThat(offsets(history.get("messages"))).containsExactly(4L, 5L, 6L, 7L, 8L);
                assertThat(back.next().get("type").stringValue()).isEqualTo("announcement");
                assertThat(back.next().get("type").stringValue()).isEqualTo("presence");
                writer.say("resume", "live", "l1");
                JsonNode live = back.nextMessage();
                assertThat(live.get("offset").longValue()).isEqualTo(9);
                assertThat(live.get("text").stringValue()).isEqualTo("live");
            }
        }
        MeterRegistry meters = context.getBean(MeterRegistry.class);
        assertThat(meters.counter("toolshed.chat.resumes", "outcome", "recovered").count()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aGapOlderThanTheRetainedHistoryIsNotRecoveredAndFreshHistoryIsSent() {
        try (WsClient writer = WsClient.welcomed(port)) {
            String epoch = writer.join("old-gap", "writer").get("epoch").stringValue();
            for (int i = 1; i <= 1020; i++) {
                writer.say("old-gap", "m" + i, "g" + i);
            }
            for (int i = 1; i <= 1020; i++) {
                writer.nextMessage();
            }
            try (WsClient back = WsClient.welcomed(port)) {
                resume(back, "old-gap", "reader", epoch, 5);
                assertThat(back.next().get("recovered").booleanValue()).isFalse();
                JsonNode history = back.next("history");
                assertThat(texts(history.get("messages")))
                        .isEqualTo(IntStream.rangeClosed(1006, 1020).mapToObj(i -> "m" + i).toList());
            }
            try (WsClient edge = WsClient.welcomed(port)) {
                // The default retention keeps offsets 21..1020, so a client that saw 20 is served exactly.
                resume(edge, "old-gap", "edge", epoch, 20);
                assertThat(edge.next().get("recovered").booleanValue()).isTrue();
                assertThat(offsets(edge.next("history").get("messages")))
                        .isEqualTo(LongStream.rangeClosed(21, 1020).boxed().toList());
            }
        }
    }

    @Test
    void aChangedEpochOrAnOffsetFromTheFutureIsNotRecovered() {
        try (WsClient writer = WsClient.welcomed(port)) {
            String epoch = writer.join("epoch", "writer").get("epoch").stringValue();
            writer.say("epoch", "one", "e1");
            writer.nextMessage();
            try (WsClient other = WsClient.welcomed(port)) {
                resume(other, "epoch", "other", "restarted-room", 1);
                assertThat(other.next().get("recovered").booleanValue()).isFalse();
                JsonNode history = other.next("history");
                assertThat(history.get("epoch").stringValue()).isEqualTo(epoch);
                assertThat(texts(history.get("messages"))).containsExactly("one");
            }
            try (WsClient future = WsClient.welcomed(port)) {
                resume(future, "epoch", "future", epoch, 99);
                assertThat(future.next().get("recovered").booleanValue()).isFalse();
            }
        }
    }

    @Test
    void resumingWhileMessagesFlowLosesNothingAndRepeatsNothing() throws Exception {
        int total = 300;
        try (WsClient writer = WsClient.welcomed(port)) {
            writer.join("flow", "writer");
            List<Long> received = new ArrayList<>();
            WsClient reader = WsClient.welcomed(port);
            String epoch = reader.join("flow", "reader").get("epoch").stringValue();
            Thread sender = Thread.ofVirtual().start(() -> {
                for (int i = 1; i <= total; i++) {
                    writer.say("flow", "n" + i, "f" + i);
                }
            });
            while (received.size() < 40) {
                received.add(reader.nextMessage().get("offset").longValue());
            }
            reader.close();
            WsClient back = WsClient.welcomed(port);
            resume(back, "flow", "reader", epoch, received.getLast());
            assertThat(back.next().get("recovered").booleanValue()).isTrue();
            offsets(back.next("history").get("messages")).forEach(received::add);
            while (received.getLast() < total) {
                received.add(back.nextMessage().get("offset").longValue());
            }
            sender.join();
            back.close();
            assertThat(received).isEqualTo(LongStream.rangeClosed(1, total).boxed().toList());
        }
    }
}

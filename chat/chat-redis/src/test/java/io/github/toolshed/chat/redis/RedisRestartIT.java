package io.github.toolshed.chat.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.toolshed.chat.spring.WsClient;
import io.github.toolshed.testsupport.RedisServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/** Redis killed and restarted under two chat nodes: with and without persistence. */
@Tag("integration")
class RedisRestartIT {

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closeable : open.reversed()) {
            closeable.close();
        }
    }

    private ConfigurableApplicationContext node(String uri) {
        ConfigurableApplicationContext context = ChatNodeApplication.start(uri);
        open.add(context);
        return context;
    }

    private WsClient client(ConfigurableApplicationContext node) {
        WsClient client = WsClient.welcomed(ChatNodeApplication.port(node));
        open.add(client);
        return client;
    }

    private static boolean isUnavailable(JsonNode frame) {
        return "error".equals(frame.get("type").stringValue()) && "unavailable".equals(frame.get("code").stringValue());
    }

    private static boolean isMessage(JsonNode frame, String text) {
        return "message".equals(frame.get("type").stringValue()) && text.equals(frame.get("text").stringValue());
    }

    /** Re-sends with the same clientId until the message comes back, as a client does after {@code unavailable}. */
    private static JsonNode sendUntilAcknowledged(WsClient client, String room, String text, String clientId)
            throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            client.say(room, text, clientId);
            JsonNode frame = client.next(f -> isUnavailable(f) || isMessage(f, text), "ack or unavailable");
            if (isMessage(frame, text)) {
                return frame;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("'" + text + "' never acknowledged");
    }

    @Test
    void withPersistenceNothingAcknowledgedIsLostAndDeliveryResumes() throws Exception {
        DurableRedis redis = new DurableRedis();
        open.add(redis);
        ConfigurableApplicationContext a = node(redis.uri());
        ConfigurableApplicationContext b = node(redis.uri());
        WsClient ann = client(a);
        WsClient bob = client(b);
        String epoch = ann.join("durable", "ann").get("epoch").stringValue();
        bob.join("durable", "bob");
        for (int i = 0; i < 3; i++) {
            sendUntilAcknowledged(bob, "durable", "before" + i, "b" + i);
        }

        redis.kill();
        bob.say("durable", "during", "d1");
        assertThat(bob.next(RedisRestartIT::isUnavailable, "unavailable error").get("reason").stringValue())
                .contains("paused");
        assertThat(ann.next(RedisRestartIT::isUnavailable, "unavailable error").get("reason").stringValue())
                .contains("paused");

        redis.restart();
        sendUntilAcknowledged(bob, "durable", "during", "d1");
        sendUntilAcknowledged(bob, "durable", "after", "a1");

        List<String> annSaw = List.of();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (annSaw.size() < 5 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            annSaw = ann.all().stream().filter(f -> "message".equals(f.get("type").stringValue()))
                    .map(m -> m.get("offset").asLong() + ":" + m.get("text").stringValue()).toList();
        }
        assertThat(annSaw).containsExactly("1:before0", "2:before1", "3:before2", "4:during", "5:after");

        WsClient late = client(a);
        late.send("type", "join", "room", "durable", "nick", "late", "resume", Map.of("epoch", epoch, "offset", 0));
        assertThat(late.next("resumed").get("recovered").asBoolean()).isTrue();
        assertThat(late.next("history").get("messages").valueStream()
                .map(m -> m.get("offset").asLong() + ":" + m.get("text").stringValue()).toList()).isEqualTo(annSaw);
    }

    @Test
    void withoutPersistenceTheLossIsDetectedAndResumingClientsAreToldNotRecovered() throws Exception {
        RedisServer redis = RedisServer.start();
        open.add(redis);
        ConfigurableApplicationContext a = node(redis.uri());
        ConfigurableApplicationContext b = node(redis.uri());
        WsClient ann = client(a);
        WsClient bob = client(b);
        String epoch = ann.join("volatile", "ann").get("epoch").stringValue();
        bob.join("volatile", "bob");
        long seen = sendUntilAcknowledged(bob, "volatile", "before", "b0").get("offset").asLong();
        ann.next("message");

        redis.kill();
        assertThat(ann.next(RedisRestartIT::isUnavailable, "unavailable error").get("reason").stringValue())
                .contains("paused");
        redis.restart();

        assertThat(ann.awaitClose().code()).isEqualTo(1012);
        WsClient back = client(a);
        back.send("type", "join", "room", "volatile", "nick", "ann", "resume", Map.of("epoch", epoch, "offset", seen));
        assertThat(back.next("resumed").get("recovered").asBoolean()).isFalse();
        String newEpoch = back.next("history").get("epoch").stringValue();
        assertThat(newEpoch).isNotEqualTo(epoch);
        bob.awaitClose();
        WsClient bobAgain = client(b);
        bobAgain.join("volatile", "bob");
        sendUntilAcknowledged(bobAgain, "volatile", "fresh", "f1");
        assertThat(back.nextMessage().get("text").stringValue()).isEqualTo("fresh");
    }
}

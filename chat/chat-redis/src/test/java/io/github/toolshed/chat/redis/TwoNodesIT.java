package io.github.toolshed.chat.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.toolshed.chat.broker.ChatBroker;
import io.github.toolshed.chat.broker.Member;
import io.github.toolshed.chat.spring.WsClient;
import io.github.toolshed.testsupport.RedisServer;
import io.github.toolshed.testsupport.ServerExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/** Two chat nodes (two application contexts on random ports) sharing one real Redis; text and binary clients. */
@Tag("integration")
class TwoNodesIT {

    @RegisterExtension
    static final ServerExtension<RedisServer> redis = ServerExtension.of(RedisServer::start);

    private static final AtomicInteger ROOMS = new AtomicInteger();

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closeable : open.reversed()) {
            closeable.close();
        }
    }

    private ConfigurableApplicationContext node(String... properties) {
        ConfigurableApplicationContext context = ChatNodeApplication.start(redis.get().uri(), properties);
        open.add(context);
        return context;
    }

    private WsClient client(ConfigurableApplicationContext node) {
        WsClient client = WsClient.welcomed(ChatNodeApplication.port(node));
        open.add(client);
        return client;
    }

    /** A client asking for binary frames (docs/chat-protocol.md, "Binary frames"). */
    private WsClient binaryClient(ConfigurableApplicationContext node) {
        WsClient client = WsClient.welcomedBinary(ChatNodeApplication.port(node));
        open.add(client);
        return client;
    }

    private static String room() {
        return "room" + ROOMS.incrementAndGet();
    }

    private static List<String> texts(WsClient client, int count) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            JsonNode message = client.nextMessage();
            texts.add(message.get("offset").asLong() + ":" + message.get("text").stringValue());
        }
        return texts;
    }

    @Test
    void clientsOnTwoNodesSeeEachOthersMessagesInOneOrderAndOnePresence() throws Exception {
        ConfigurableApplicationContext a = node();
        ConfigurableApplicationContext b = node();
        String room = room();
        WsClient ann = client(a);
        WsClient bob = binaryClient(b);
        ann.join(room, "ann");
        bob.join(room, "bob");
        JsonNode presence = bob.next("presence");
        assertThat(presence.get("members").valueStream().map(m -> m.get("nick").stringValue()).toList())
                .containsExactly("ann", "bob");

        Thread annSends = Thread.ofVirtual().start(() -> {
            for (int i = 0; i < 30; i++) {
                ann.say(room, "a" + i, "ann-" + i);
            }
        });
        for (int i = 0; i < 30; i++) {
            bob.say(room, "b" + i, "bob-" + i);
        }
        annSends.join();
        List<String> seenByAnn = texts(ann, 60);
        List<String> seenByBob = texts(bob, 60);
        assertThat(seenByAnn).isEqualTo(seenByBob).doesNotHaveDuplicates();
        assertThat(bob.binaryMessages()).isPositive();
        assertThat(bob.textMessages()).isZero();
        assertThat(ann.binaryMessages()).isZero();
        assertThat(seenByAnn.stream().map(t -> t.substring(t.indexOf(':') + 1)).filter(t -> t.startsWith("a")))
                .containsExactly(java.util.stream.IntStream.range(0, 30).mapToObj(i -> "a" + i).toArray(String[]::new));
        assertThat(a.getBean(ChatBroker.class).members(room)).extracting(Member::nick).containsExactly("ann", "bob");
    }

    @Test
    void aClientIdIsDeduplicatedAcrossNodes() {
        ConfigurableApplicationContext a = node();
        ConfigurableApplicationContext b = node();
        String room = room();
        WsClient ann = client(a);
        WsClient bob = client(b);
        ann.join(room, "ann");
        bob.join(room, "bob");
        ann.say(room, "once", "same-id");
        JsonNode first = bob.nextMessage();
        bob.say(room, "twice", "same-id");
        bob.say(room, "after", "other-id");
        JsonNode next = bob.nextMessage();
        assertThat(next.get("text").stringValue()).isEqualTo("after");
        assertThat(next.get("offset").asLong()).isEqualTo(first.get("offset").asLong() + 1);
    }

    @Test
    void aClientOfOneNodeResumesOnTheOtherWithExactlyWhatItMissed() {
        ConfigurableApplicationContext a = node();
        ConfigurableApplicationContext b = node();
        String room = room();
        WsClient ann = client(a);
        WsClient bob = client(b);
        String epoch = ann.join(room, "ann").get("epoch").stringValue();
        bob.join(room, "bob");
        for (int i = 0; i < 3; i++) {
            bob.say(room, "seen" + i, "s" + i);
        }
        long lastSeen = 0;
        for (int i = 0; i < 3; i++) {
            lastSeen = ann.nextMessage().get("offset").asLong();
        }
        ann.close();
        for (int i = 0; i < 5; i++) {
            bob.say(room, "missed" + i, "m" + i);
        }
        List<String> bobSaw = texts(bob, 8).subList(3, 8);

        WsClient back = client(b);
        back.send("type", "join", "room", room, "nick", "ann", "resume",
                java.util.Map.of("epoch", epoch, "offset", lastSeen));
        assertThat(back.next("resumed").get("recovered").asBoolean()).isTrue();
        JsonNode history = back.next("history");
        assertThat(history.get("epoch").stringValue()).isEqualTo(epoch);
        assertThat(history.get("messages").valueStream()
                .map(m -> m.get("offset").asLong() + ":" + m.get("text").stringValue()).toList())
                .isEqualTo(bobSaw);
        bob.say(room, "live", "l1");
        assertThat(back.nextMessage().get("text").stringValue()).isEqualTo("live");
    }

    @Test
    void aCrashedNodesMembersLeavePresenceWithinTheTtlAndTheOtherNodeKeepsWorking() throws Exception {
        ConfigurableApplicationContext a = node("toolshed.chat.redis.presence-ttl=1s");
        ConfigurableApplicationContext b = node("toolshed.chat.redis.presence-ttl=1s");
        String room = room();
        WsClient ann = client(a);
        WsClient bob = client(b);
        ann.join(room, "ann");
        bob.join(room, "bob");
        ChatBroker onB = b.getBean(ChatBroker.class);
        assertThat(onB.members(room)).extracting(Member::nick).containsExactly("ann", "bob");

        ((RedisStreamsBroker) a.getBean(ChatBroker.class)).halt();
        long crashed = System.nanoTime();
        List<String> nicks = List.of("ann", "bob");
        while (nicks.contains("ann") && System.nanoTime() - crashed < 5_000_000_000L) {
            Thread.sleep(50);
            nicks = onB.members(room).stream().map(Member::nick).toList();
        }
        long tookMillis = (System.nanoTime() - crashed) / 1_000_000;
        assertThat(nicks).containsExactly("bob");
        assertThat(tookMillis).isLessThan(2_500);

        WsClient carl = client(b);
        carl.join(room, "carl");
        bob.say(room, "still here", "x1");
        assertThat(carl.nextMessage().get("text").stringValue()).isEqualTo("still here");
        assertThat(bob.nextMessage().get("text").stringValue()).isEqualTo("still here");
    }
}

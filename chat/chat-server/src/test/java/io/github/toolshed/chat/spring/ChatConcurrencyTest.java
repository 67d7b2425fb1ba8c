package io.github.toolshed.chat.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.toolshed.chat.ChatServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Many clients sending, joining and leaving at once: one order for everyone, nothing lost or repeated. */
class ChatConcurrencyTest {

    private static int port;

    @BeforeAll
    static void start() {
        port = StandardServer.port();
    }

    @Test
    void everyMemberSeesEveryMessageOnceInTheSameOrder() throws Exception {
        int clients = 16;
        int perClient = 40;
        List<WsClient> members = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            WsClient client = WsClient.welcomed(port);
            client.join("crowd", "member" + i);
            members.add(client);
        }
        CountDownLatch go = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < clients; i++) {
                WsClient client = members.get(i);
                int id = i;
                threads.submit(() -> {
                    go.await();
                    for (int n = 0; n < perClient; n++) {
                        client.say("crowd", id + ":" + n, "c" + id + "-" + n);
                    }
                    return null;
                });
            }
            go.countDown();
            List<Future<List<String>>> views = new ArrayList<>();
            for (WsClient client : members) {
                views.add(threads.submit(() -> {
                    List<String> view = new ArrayList<>();
                    List<Long> offsets = new ArrayList<>();
                    while (view.size() < clients * perClient) {
                        JsonNode message = client.nextMessage();
                        offsets.add(message.get("offset").longValue());
                        view.add(message.get("offset").longValue() + "=" + message.get("text").stringValue());
                    }
                    assertThat(offsets).isEqualTo(LongStream.rangeClosed(1, clients * perClient).boxed().toList());
                    return view;
                }));
            }
            List<String> first = views.getFirst().get();
            for (Future<List<String>> view : views) {
                assertThat(view.get()).isEqualTo(first);
            }
            Set<String> texts = new HashSet<>();
            first.forEach(entry -> texts.add(entry.substring(entry.indexOf('=') + 1)));
            assertThat(texts).hasSize(clients * perClient);
        } finally {
            members.forEach(WsClient::close);
        }
    }

    @Test
    void roomStateStaysConsistentUnderConcurrentJoinsSendsAndLeaves() throws Exception {
        ChatServer server = StandardServer.context().getBean(ChatServer.class);
        try (WsClient steady = WsClient.welcomed(port); ExecutorService threads =
                Executors.newVirtualThreadPerTaskExecutor()) {
            steady.join("churn", "steady");
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 12; t++) {
                int id = t;
                work.add(threads.submit(() -> {
                    for (int round = 0; round < 5; round++) {
                        try (WsClient churner = WsClient.welcomed(port)) {
                            churner.join("churn", "churner" + id);
                            churner.say("churn", "hello from " + id + "/" + round, "ch" + id + "-" + round);
                            churner.nextMessage();
                            if (round % 2 == 0) {
                                churner.send("type", "leave", "room", "churn");
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> done : work) {
                done.get();
            }
            List<Long> offsets = new ArrayList<>();
            while (offsets.size() < 60) {
                offsets.add(steady.nextMessage().get("offset").longValue());
            }
            assertThat(offsets).isEqualTo(LongStream.rangeClosed(1, 60).boxed().toList());
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(server.broker().members("churn")).extracting(m -> m.nick()).containsExactly("steady"));
            JsonNode presence = steady.next(frame -> frame.get("type").stringValue().equals("presence")
                    && frame.get("members").size() == 1, "final presence");
            assertThat(presence.get("members").get(0).get("nick").stringValue()).isEqualTo("steady");
        }
    }
}

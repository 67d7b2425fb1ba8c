package io.github.toolshed.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.toolshed.chat.broker.InMemoryBroker;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The core server without any web framework, through a fake transport. */
class ChatServerTest {

    /** Records frames; can be made to block in send like a peer whose TCP window is closed. */
    static final class FakeTransport implements Transport {
        final LinkedBlockingQueue<String> sent = new LinkedBlockingQueue<>();
        final AtomicInteger closeCode = new AtomicInteger();
        final CountDownLatch unblock = new CountDownLatch(1);
        volatile boolean blocking;

        @Override
        public String remoteAddress() {
            return "10.0.0.1";
        }

        @Override
        public void send(String text) throws IOException {
            if (blocking) {
                try {
                    unblock.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IOException("closed");
            }
            sent.addAll(List.of(text.split("\n")));
        }

        @Override
        public void ping() {}

        @Override
        public void close(int code, String reason) {
            closeCode.set(code);
            unblock.countDown();
        }

        String next(String type) throws InterruptedException {
            while (true) {
                String frame = sent.poll(10, TimeUnit.SECONDS);
                assertThat(frame).as("a %s frame", type).isNotNull();
                if (frame.startsWith("{\"type\":\"" + type + "\"")) {
                    return frame;
                }
            }
        }
    }

    private static ChatServer server() {
        ChatSettings settings = ChatSettings.builder().sendTimeLimit(Duration.ofMillis(300))
                .maxConnectionsPerAddress(2).presenceInterval(Duration.ofMillis(50)).build();
        return new ChatServer(settings, new InMemoryBroker(100, 10), ChatMetrics.NONE);
    }

    @Test
    void aStalledWriterIsDroppedAsSlowAndTheRoomGoesOn() throws Exception {
        try (ChatServer server = server()) {
            FakeTransport healthy = new FakeTransport();
            FakeTransport stalled = new FakeTransport();
            Connection a = server.open(healthy).orElseThrow();
            Connection b = server.open(stalled).orElseThrow();
            a.receive("{\"type\":\"join\",\"room\":\"r\",\"nick\":\"a\"}");
            b.receive("{\"type\":\"join\",\"room\":\"r\",\"nick\":\"b\"}");
            healthy.next("presence");
            stalled.next("presence");
            stalled.blocking = true;
            for (int i = 0; i < 5; i++) {
                a.receive("{\"type\":\"message\",\"room\":\"r\",\"text\":\"m" + i + "\"}");
            }
            for (int i = 0; i < 5; i++) {
                assertThat(healthy.next("message")).contains("\"text\":\"m" + i + "\"");
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> stalled.closeCode.get() == CloseCodes.SLOW_CONSUMER);
            assertThat(healthy.next("announcement")).contains("b disconnected");
            await().atMost(Duration.ofSeconds(5)).until(() -> server.connectionCount() == 1);
        }
    }

    @Test
    void aCrowdJoiningGetsFewCoalescedPresenceListsAndTheLastOneIsComplete() throws Exception {
        ChatSettings settings = ChatSettings.builder().maxConnectionsPerAddress(200)
                .presenceInterval(Duration.ofMillis(50)).build();
        int crowd = 150;
        try (ChatServer server = new ChatServer(settings, new InMemoryBroker(100, 10), ChatMetrics.NONE)) {
            FakeTransport first = new FakeTransport();
            server.open(first).orElseThrow().receive("{\"type\":\"join\",\"room\":\"r\",\"nick\":\"n0\"}");
            first.next("presence");
            List<FakeTransport> others = new ArrayList<>();
            for (int i = 1; i <= crowd; i++) {
                FakeTransport transport = new FakeTransport();
                others.add(transport);
                server.open(transport).orElseThrow()
                        .receive("{\"type\":\"join\",\"room\":\"r\",\"nick\":\"n" + i + "\"}");
                Thread.sleep(2);
            }
            int announcements = 0;
            int presences = 0;
            String presence = "";
            while (!presence.contains("\"nick\":\"n" + crowd + "\"")) {
                String frame = first.sent.poll(10, TimeUnit.SECONDS);
                assertThat(frame).as("presence listing all %d members", crowd + 1).isNotNull();
                if (frame.startsWith("{\"type\":\"presence\"")) {
                    presences++;
                    presence = frame;
                } else if (frame.startsWith("{\"type\":\"announcement\"")) {
                    announcements++;
                }
            }
            assertThat(announcements).isEqualTo(crowd);
            assertThat(presence.split("\"sessionId\"", -1)).hasSize(crowd + 2);
            assertThat(presences).as("presence lists sent to the first member").isLessThan(crowd / 5);
            others.forEach(o -> assertThat(o.sent).isNotEmpty());
        }
    }

    @Test
    void connectionsOverThePerAddressCapAreRefusedAndShutdownClosesTheRest() {
        FakeTransport one = new FakeTransport();
        FakeTransport two = new FakeTransport();
        FakeTransport three = new FakeTransport();
        ChatServer server = server();
        assertThat(server.open(one)).isPresent();
        assertThat(server.open(two)).isPresent();
        assertThat(server.open(three)).isEmpty();
        assertThat(three.closeCode.get()).isEqualTo(CloseCodes.TRY_AGAIN_LATER);
        server.close();
        await().atMost(Duration.ofSeconds(5)).until(() -> one.closeCode.get() == CloseCodes.GOING_AWAY
                && two.closeCode.get() == CloseCodes.GOING_AWAY);
    }
}

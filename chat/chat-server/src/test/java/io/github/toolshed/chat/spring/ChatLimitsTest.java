package io.github.toolshed.chat.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.github.toolshed.chat.ChatServer;
import io.github.toolshed.chat.CloseCodes;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** Every limit and every kind of bad input, each with its documented error code or close code. */
class ChatLimitsTest {

    private static ConfigurableApplicationContext context;
    private static int port;

    @BeforeAll
    static void start() {
        context = TestChatApplication.start(
                "toolshed.chat.rate-burst=5", "toolshed.chat.rate-per-second=2", "toolshed.chat.abuse-limit=5",
                "toolshed.chat.max-connections=5", "toolshed.chat.max-connections-per-address=3",
                "toolshed.chat.heartbeat-interval=300ms", "toolshed.chat.heartbeat-timeout=1s",
                "toolshed.chat.allowed-origins=http://allowed.example,https://*.trusted.example");
        port = TestChatApplication.port(context);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @BeforeEach
    void noConnectionsLeft() {
        ChatServer server = context.getBean(ChatServer.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> server.connectionCount() == 0);
    }

    @Test
    void aFrameOverTheSizeLimitClosesWith1009() {
        try (WsClient client = WsClient.welcomed(port)) {
            client.send("{\"type\":\"message\",\"room\":\"r\",\"text\":\"" + "x".repeat(5000) + "\"}");
            assertThat(client.awaitClose().code()).isEqualTo(CloseCodes.MESSAGE_TOO_BIG);
        }
    }

    @Test
    void binaryFramesCloseWith1003() throws Exception {
        try (WsClient client = WsClient.welcomed(port)) {
            client.sendBinary(ByteBuffer.wrap(new byte[] {1, 2, 3}));
            assertThat(client.awaitClose().code()).isEqualTo(1003);
        }
    }

    @Test
    void theRateLimitAnswersWithErrorsThenRepeatedAbuseClosesWith1008() {
        try (WsClient client = WsClient.welcomed(port)) {
            for (int i = 0; i < 6; i++) {
                client.send("{\"type\":\"ping\"}");
            }
            for (int i = 0; i < 5; i++) {
                assertThat(client.next().get("type").stringValue()).isEqualTo("pong");
            }
            assertThat(client.next().get("code").stringValue()).isEqualTo("rate_limited");
            for (int i = 0; i < 10 && !client.isClosed(); i++) {
                try {
                    client.send("{\"type\":\"ping\"}");
                } catch (CompletionException closedMeanwhile) {
                    break; // the server may close before the last pings are written: that is the point
                }
            }
            assertThat(client.awaitClose().code()).isEqualTo(CloseCodes.POLICY_VIOLATION);
        }
        MeterRegistry meters = context.getBean(MeterRegistry.class);
        assertThat(meters.counter("toolshed.chat.errors", "code", "rate_limited").count()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void connectionsAreCappedPerAddressAndPerNode() throws Exception {
        InetAddress second = InetAddress.getByName("127.0.0.2");
        InetAddress third = InetAddress.getByName("127.0.0.3");
        try (WsClient a1 = WsClient.welcomed(port); WsClient a2 = WsClient.welcomed(port);
                WsClient a3 = WsClient.welcomed(port); WsClient a4 = WsClient.connect(port)) {
            assertThat(List.of(a1.sessionId, a2.sessionId, a3.sessionId)).doesNotHaveDuplicates();
            assertThat(a4.awaitClose().code()).isEqualTo(CloseCodes.TRY_AGAIN_LATER);
            try (WsClient b1 = WsClient.connect(port, null, second); WsClient b2 = WsClient.connect(port, null, second);
                    WsClient c1 = WsClient.connect(port, null, third)) {
                assertThat(b1.next("welcome")).isNotNull();
                assertThat(b2.next("welcome")).isNotNull();
                assertThat(c1.awaitClose().code()).isEqualTo(CloseCodes.TRY_AGAIN_LATER);
            }
        }
        MeterRegistry meters = context.getBean(MeterRegistry.class);
        assertThat(meters.counter("toolshed.chat.connections.refused").count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void crossSiteOriginsAreRefusedAtTheHandshake() {
        assertThatThrownBy(() -> WsClient.connect(port, "http://evil.example", null))
                .isInstanceOf(CompletionException.class)
                .cause().isInstanceOfSatisfying(WebSocketHandshakeException.class,
                        e -> assertThat(e.getResponse().statusCode()).isEqualTo(403));
        assertThatThrownBy(() -> WsClient.connect(port, "http://allowed.example.evil.example", null))
                .isInstanceOf(CompletionException.class);
        for (String origin : List.of("http://allowed.example", "https://chat.trusted.example",
                "http://127.0.0.1:" + port)) {
            try (WsClient client = WsClient.connect(port, origin, null)) {
                assertThat(client.next("welcome")).as(origin).isNotNull();
            }
            noConnectionsLeft();
        }
    }

    @Test
    void aLiveClientAnswersHeartbeatsAndStaysConnected() throws InterruptedException {
        try (WsClient client = WsClient.welcomed(port)) {
            Thread.sleep(2500);
            assertThat(client.isClosed()).isFalse();
            client.send("{\"type\":\"ping\"}");
            assertThat(client.next("pong")).isNotNull();
        }
    }

    @Test
    void aDeadClientIsPingedThenClosedWithinTheHeartbeatTimeout() throws Exception {
        long start = System.nanoTime();
        try (RawWebSocket dead = new RawWebSocket(port)) {
            List<RawWebSocket.Frame> frames = dead.readUntilClosed();
            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(frames).extracting(RawWebSocket.Frame::opcode).contains(1, 9);
            assertThat(frames.getLast().opcode()).isEqualTo(8);
            assertThat(frames.getLast().closeCode()).isEqualTo(CloseCodes.HEARTBEAT_TIMEOUT);
            assertThat(elapsedMillis).isBetween(900L, 5000L);
        }
    }
}

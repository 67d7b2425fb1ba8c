package io.github.toolshed.chat.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.toolshed.chat.ChatServer;
import io.github.toolshed.chat.CloseCodes;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** A client that stops reading is dropped with 4001 and does not slow the room's other members. */
class ChatSlowConsumerTest {

    private static ConfigurableApplicationContext context;
    private static int port;

    @BeforeAll
    static void start() {
        context = TestChatApplication.start("toolshed.chat.outbox-max-size=64KB", "toolshed.chat.send-time-limit=2s",
                "toolshed.chat.rate-burst=5000", "toolshed.chat.rate-per-second=100000");
        port = TestChatApplication.port(context);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void aClientThatStopsReadingIsDroppedWhileTheOthersGetEverything() {
        int count = 3000;
        String text = "x".repeat(1900);
        try (WsClient sender = WsClient.welcomed(port); WsClient fast = WsClient.welcomed(port);
                WsClient slow = WsClient.welcomed(port)) {
            sender.join("slow", "sender");
            fast.join("slow", "fast");
            slow.join("slow", "slow");
            fast.next("presence");
            slow.next("presence");
            slow.pauseReading();

            // Batches small enough for the readers' queues: only the client that stopped reading falls behind.
            long expected = 1;
            for (int batch = 0; batch < count / 20; batch++) {
                for (int i = 0; i < 20; i++) {
                    sender.say("slow", text, "s" + batch + "-" + i);
                }
                for (int i = 0; i < 20; i++) {
                    assertThat(fast.nextMessage().get("offset").longValue()).isEqualTo(expected);
                    assertThat(sender.nextMessage().get("offset").longValue()).isEqualTo(expected++);
                }
            }

            MeterRegistry meters = context.getBean(MeterRegistry.class);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> meters.counter("toolshed.chat.slow.consumers").count() >= 1);
            await().atMost(Duration.ofSeconds(10)).until(() -> fast.all().stream().anyMatch(frame ->
                    frame.get("type").stringValue().equals("announcement")
                            && frame.get("kind").stringValue().equals("leave")
                            && frame.get("text").stringValue().equals("slow disconnected")));
            assertThat(context.getBean(ChatServer.class).broker().members("slow"))
                    .extracting(member -> member.nick()).containsExactly("sender", "fast");

            // Once the slow client reads again it finds the connection closed, with 4001 if the close frame got through.
            slow.resumeReading();
            WsClient.Closed closed = slow.awaitClose();
            assertThat(closed.code()).isIn(CloseCodes.SLOW_CONSUMER, 1006, -1);
            assertThat(slow.all().stream().filter(f -> f.get("type").stringValue().equals("message")).count())
                    .isLessThan(count);
        }
    }
}

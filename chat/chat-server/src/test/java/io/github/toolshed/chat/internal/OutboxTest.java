package io.github.toolshed.chat.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.toolshed.chat.ChatMetrics;
import io.github.toolshed.chat.Transport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class OutboxTest {

    /** Records every WebSocket message and ping in order; the first send can be held to let frames pile up. */
    static final class RecordingTransport implements Transport {
        final List<String> messages = new CopyOnWriteArrayList<>();
        final CountDownLatch firstSendEntered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger sendCalls = new AtomicInteger();

        @Override
        public String remoteAddress() {
            return "10.0.0.1";
        }

        @Override
        public void send(String text) {
            sendCalls.incrementAndGet();
            if (firstSendEntered.getCount() > 0) {
                firstSendEntered.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            messages.add(text);
        }

        @Override
        public void ping() {
            messages.add("PING");
        }

        @Override
        public void close(int code, String reason) {}

        List<String> frames() {
            List<String> frames = new ArrayList<>();
            messages.forEach(m -> frames.addAll(List.of(m.split("\n"))));
            return frames;
        }
    }

    private static Thread start(Outbox outbox) {
        return Thread.ofVirtual().start(() -> outbox.drain(took -> {}));
    }

    private static String frame(int i) {
        return "{\"type\":\"message\",\"text\":\"line\\nbreak " + i + "\"}";
    }

    @Test
    void framesQueuedDuringAWriteLeaveTogetherAsOneNewlineSeparatedMessage() throws Exception {
        RecordingTransport transport = new RecordingTransport();
        Outbox outbox = new Outbox(transport, ChatMetrics.NONE, 1 << 20);
        Thread writer = start(outbox);
        assertThat(outbox.offer(frame(0))).isTrue();
        assertThat(transport.firstSendEntered.await(5, TimeUnit.SECONDS)).isTrue();
        for (int i = 1; i <= 50; i++) {
            assertThat(outbox.offer(frame(i))).isTrue();
        }
        transport.release.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> transport.frames().size() == 51);
        assertThat(transport.messages).hasSize(2);
        assertThat(transport.sendCalls.get()).isEqualTo(2);
        List<String> frames = transport.frames();
        JsonMapper json = JsonMapper.builder().build();
        for (int i = 0; i <= 50; i++) {
            assertThat(frames.get(i)).isEqualTo(frame(i));
            assertThat(json.readTree(frames.get(i)).get("text").asString()).isEqualTo("line\nbreak " + i);
        }
        outbox.close();
        writer.join(5000);
        assertThat(writer.isAlive()).isFalse();
    }

    @Test
    void aPingSplitsABatchAndKeepsItsPlace() throws Exception {
        RecordingTransport transport = new RecordingTransport();
        Outbox outbox = new Outbox(transport, ChatMetrics.NONE, 1 << 20);
        start(outbox);
        outbox.offer("{\"n\":0}");
        assertThat(transport.firstSendEntered.await(5, TimeUnit.SECONDS)).isTrue();
        outbox.offer("{\"n\":1}");
        outbox.offer("{\"n\":2}");
        outbox.offer(Outbox.PING);
        outbox.offer("{\"n\":3}");
        transport.release.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> transport.messages.size() == 4);
        assertThat(transport.messages).containsExactly("{\"n\":0}", "{\"n\":1}\n{\"n\":2}", "PING", "{\"n\":3}");
        outbox.close();
    }

    @Test
    void theBoundCountsQueuedCharactersAndFreesThemOnceWritten() throws Exception {
        RecordingTransport transport = new RecordingTransport();
        Outbox outbox = new Outbox(transport, ChatMetrics.NONE, 100);
        start(outbox);
        assertThat(outbox.offer("x".repeat(10))).isTrue();
        assertThat(transport.firstSendEntered.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(outbox.offer("a".repeat(60))).isTrue();
        assertThat(outbox.offer("b".repeat(40))).isTrue();
        assertThat(outbox.offer("c")).as("over the bound").isFalse();
        transport.release.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> transport.frames().size() == 3);
        await().atMost(Duration.ofSeconds(5)).until(() -> outbox.offer("d".repeat(100)));
        outbox.close();
        assertThat(outbox.offer("after close")).as("ignored, not refused").isTrue();
    }

    @Test
    void concurrentProducersLoseNothingAndKeepEachProducersOrder() throws Exception {
        RecordingTransport transport = new RecordingTransport();
        transport.firstSendEntered.countDown();
        Outbox outbox = new Outbox(transport, ChatMetrics.NONE, 1 << 24);
        start(outbox);
        int producers = 8;
        int each = 2000;
        List<Thread> threads = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            int producer = p;
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < each; i++) {
                    outbox.offer(producer + ":" + i);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> transport.frames().size() == producers * each);
        int[] next = new int[producers];
        for (String frame : transport.frames()) {
            int colon = frame.indexOf(':');
            int producer = Integer.parseInt(frame.substring(0, colon));
            assertThat(Integer.parseInt(frame.substring(colon + 1))).isEqualTo(next[producer]++);
        }
        assertThat(transport.messages.size()).as("batched").isLessThan(producers * each);
        outbox.close();
    }

    @Test
    void anIdleWriterWaitsForMoreFramesAndSendsThemTogether() throws Exception {
        RecordingTransport transport = new RecordingTransport();
        transport.firstSendEntered.countDown();
        Outbox outbox = new Outbox(transport, ChatMetrics.NONE, 1 << 20, TimeUnit.MILLISECONDS.toNanos(300));
        start(outbox);
        await().atMost(Duration.ofSeconds(5)).until(outbox::writerIdle);
        outbox.offer("{\"n\":1}");
        Thread.sleep(50);
        outbox.offer("{\"n\":2}");
        await().atMost(Duration.ofSeconds(5)).until(() -> transport.messages.size() == 1);
        assertThat(transport.messages).containsExactly("{\"n\":1}\n{\"n\":2}");
        outbox.close();
    }

    @Property(tries = 200)
    void batchesKeepEveryFrameInOrderAndRespectTheSizeCap(
            @ForAll @Size(min = 2, max = 60) List<@IntRange(min = 1, max = 40_000) Integer> lengths) {
        List<String> frames = new ArrayList<>();
        for (int i = 0; i < lengths.size(); i++) {
            frames.add(String.valueOf((char) ('a' + i % 26)).repeat(lengths.get(i)));
        }
        List<String> messages = Outbox.batches(frames);
        List<String> back = new ArrayList<>();
        for (String message : messages) {
            List<String> lines = List.of(message.split("\n"));
            assertThat(message.length() <= Outbox.MAX_BATCH_CHARS || lines.size() == 1).isTrue();
            back.addAll(lines);
        }
        assertThat(back).isEqualTo(frames);
        assertThat(Collections.frequency(messages, "")).isZero();
    }
}

package io.github.toolshed.chat.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.github.toolshed.chat.ChatMetrics;
import io.github.toolshed.chat.Transport;
import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Binary mode: frames encoded to UTF-8 once, shared by every receiver, batched exactly like text. */
class OutboxBinaryTest {

    /** A binary-mode transport that records every message, decoded, and fails on any text send. */
    static final class BinaryTransport implements Transport {
        final List<String> messages = new CopyOnWriteArrayList<>();

        @Override
        public String remoteAddress() {
            return "10.0.0.2";
        }

        @Override
        public boolean binary() {
            return true;
        }

        @Override
        public void send(String text) {
            throw new AssertionError("a text send in binary mode: " + text);
        }

        @Override
        public void sendBinary(ByteBuffer utf8) {
            assertThat(utf8.isReadOnly()).isTrue();
            messages.add(StandardCharsets.UTF_8.decode(utf8).toString());
        }

        @Override
        public void ping() {
            messages.add("PING");
        }

        @Override
        public void close(int code, String reason) {}
    }

    @Test
    void aSharedFrameIsEncodedOnceAndEveryReceiverGetsItsOwnFullView() {
        Outbox.Frame frame = new Outbox.Frame("{\"text\":\"ünï ✓ 😀\"}", 1);
        ByteBuffer first = frame.utf8();
        first.get(new byte[first.remaining()]);
        ByteBuffer second = frame.utf8();
        assertThat(first.hasRemaining()).isFalse();
        assertThat(StandardCharsets.UTF_8.decode(second).toString()).isEqualTo(frame.text());
        assertThatThrownBy(() -> frame.utf8().put(0, (byte) 'x')).isInstanceOf(ReadOnlyBufferException.class);
    }

    @Test
    void theWriterSendsBinaryMessagesWithTheSameFramesAsTextMode() {
        BinaryTransport binary = new BinaryTransport();
        OutboxTest.RecordingTransport text = new OutboxTest.RecordingTransport();
        text.release.countDown();
        Outbox binaryOutbox = new Outbox(binary, ChatMetrics.NONE, 1 << 20, Duration.ofMillis(20).toNanos());
        Outbox textOutbox = new Outbox(text, ChatMetrics.NONE, 1 << 20, Duration.ofMillis(20).toNanos());
        Thread.ofVirtual().start(() -> binaryOutbox.drain(took -> {}));
        Thread.ofVirtual().start(() -> textOutbox.drain(took -> {}));
        await().atMost(Duration.ofSeconds(5)).until(() -> binaryOutbox.writerIdle() && textOutbox.writerIdle());
        List<Outbox.Frame> frames = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            frames.add(new Outbox.Frame("{\"n\":" + i + ",\"text\":\"é\\n✓ " + "x".repeat(i * 40) + "\"}", 0));
        }
        for (Outbox.Frame frame : frames) {
            assertThat(binaryOutbox.offer(frame)).isTrue();
            assertThat(textOutbox.offer(frame)).isTrue();
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> lines(binary.messages).size() == frames.size()
                && text.frames().size() == frames.size());
        assertThat(lines(binary.messages)).isEqualTo(text.frames());
        assertThat(lines(binary.messages)).isEqualTo(frames.stream().map(Outbox.Frame::text).toList());
        assertThat(binary.messages.size()).isLessThan(frames.size());
        binaryOutbox.close();
        textOutbox.close();
    }

    @Property(tries = 200)
    void binaryBatchesMatchTextBatchesAndRespectTheByteCap(
            @ForAll @Size(min = 2, max = 60) List<@IntRange(min = 1, max = 20_000) Integer> lengths) {
        List<Outbox.Frame> frames = new ArrayList<>();
        for (int i = 0; i < lengths.size(); i++) {
            // a mix of 1-, 2- and 4-byte characters, so that byte and character lengths differ
            String unit = switch (i % 3) {
                case 0 -> "a";
                case 1 -> "é";
                default -> "😀";
            };
            frames.add(new Outbox.Frame(unit.repeat(lengths.get(i)), 0));
        }
        List<ByteBuffer> messages = Outbox.binaryBatches(frames);
        List<String> back = new ArrayList<>();
        for (ByteBuffer message : messages) {
            int bytes = message.remaining();
            List<String> lines = List.of(StandardCharsets.UTF_8.decode(message).toString().split("\n"));
            assertThat(bytes <= Outbox.MAX_BATCH_CHARS || lines.size() == 1).isTrue();
            back.addAll(lines);
        }
        assertThat(back).isEqualTo(frames.stream().map(Outbox.Frame::text).toList());
    }

    private static List<String> lines(List<String> messages) {
        List<String> lines = new ArrayList<>();
        messages.forEach(m -> lines.addAll(List.of(m.split("\n"))));
        return lines;
    }
}

package io.github.toolshed.chat.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameReaderTest {

    private final List<String> texts = new ArrayList<>();
    private final List<String> pings = new ArrayList<>();
    private int closes;
    private final FrameReader.Sink sink = new FrameReader.Sink() {
        @Override
        public void text(byte[] data, int from, int to) {
            texts.add(new String(data, from, to - from, StandardCharsets.UTF_8));
        }

        @Override
        public void ping(byte[] payload) {
            pings.add(new String(payload, StandardCharsets.UTF_8));
        }

        @Override
        public void close() {
            closes++;
        }
    };

    private static byte[] frame(int first, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(first);
        int length = payload.length;
        if (length < 126) {
            out.write(length);
        } else if (length < 65536) {
            out.write(126);
            out.write(length >> 8);
            out.write(length);
        } else {
            out.write(127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((int) ((long) length >> shift));
            }
        }
        out.writeBytes(payload);
        return out.toByteArray();
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private void feed(FrameReader reader, byte[] bytes, int chunk) {
        for (int i = 0; i < bytes.length; i += chunk) {
            int count = Math.min(chunk, bytes.length - i);
            byte[] space = reader.space(count);
            System.arraycopy(bytes, i, space, reader.end(), count);
            reader.filled(count, sink);
        }
    }

    @Test
    void readsFramesOfEveryLengthEncodingSplitAtEveryByte() {
        String small = "{\"type\":\"message\",\"text\":\"1:2\"}";
        String medium = "m".repeat(300) + "é";
        String large = "L".repeat(70_000);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(frame(0x81, text(small)));
        stream.writeBytes(frame(0x81, text(medium)));
        stream.writeBytes(frame(0x89, text("hb")));
        stream.writeBytes(frame(0x81, text(large)));
        stream.writeBytes(frame(0x8A, text("ignored pong")));
        stream.writeBytes(frame(0x88, new byte[] {0x03, (byte) 0xe8}));
        byte[] bytes = stream.toByteArray();
        for (int chunk : new int[] {1, 7, 4096, bytes.length}) {
            texts.clear();
            pings.clear();
            closes = 0;
            feed(new FrameReader(), bytes, chunk);
            assertThat(texts).containsExactly(small, medium, large);
            assertThat(pings).containsExactly("hb");
            assertThat(closes).isEqualTo(1);
        }
    }

    @Test
    void reassemblesFragmentedTextAroundAnInterleavedPing() {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(frame(0x01, text("{\"type\":")));
        stream.writeBytes(frame(0x89, text("p")));
        stream.writeBytes(frame(0x00, text("\"history\"")));
        stream.writeBytes(frame(0x80, text("}")));
        stream.writeBytes(frame(0x81, text("next")));
        feed(new FrameReader(), stream.toByteArray(), 3);
        assertThat(texts).containsExactly("{\"type\":\"history\"}", "next");
        assertThat(pings).containsExactly("p");
    }

    @Test
    void binaryMessagesCarryUtf8LikeText() {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(frame(0x82, text("{\"text\":\"é ✓\"}")));
        stream.writeBytes(frame(0x02, text("{\"type\":")));
        stream.writeBytes(frame(0x89, text("p")));
        stream.writeBytes(frame(0x80, text("\"batch\"}\n{}")));
        stream.writeBytes(frame(0x81, text("text")));
        feed(new FrameReader(), stream.toByteArray(), 5);
        assertThat(texts).containsExactly("{\"text\":\"é ✓\"}", "{\"type\":\"batch\"}\n{}", "text");
        assertThat(pings).containsExactly("p");
    }

    @Test
    void refusesMaskedFramesFromTheServer() {
        byte[] masked = {(byte) 0x81, (byte) 0x81, 1, 2, 3, 4, 'x'};
        assertThatThrownBy(() -> feed(new FrameReader(), masked, masked.length))
                .isInstanceOf(IllegalStateException.class);
    }
}

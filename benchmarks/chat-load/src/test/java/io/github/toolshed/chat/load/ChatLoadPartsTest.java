package io.github.toolshed.chat.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChatLoadPartsTest {

    private final ToolshedProtocol protocol = new ToolshedProtocol();

    @Test
    void refusesAnythingButLoopbackAndBoundsEveryNumber() {
        assertThat(LoadOptions.parse("--url", "ws://127.0.0.1:1/chat/ws,ws://localhost:2/chat/ws").urls()).hasSize(2);
        assertThatThrownBy(() -> LoadOptions.parse("--url", "ws://10.0.0.1:80/chat/ws"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoadOptions.parse("--url", "wss://127.0.0.1:80/chat/ws"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoadOptions.parse("--clients", "0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoadOptions.parse("--duration", "100000")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoadOptions.parse("--room", "a\"b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoadOptions.parse("--rate")).isInstanceOf(IllegalArgumentException.class);
        LoadOptions options = LoadOptions.parse("--clients", "5", "--rate", "0", "--server-pid", "1,2", "--heap");
        assertThat(options.clients()).isEqualTo(5);
        assertThat(options.serverPids()).containsExactly(1L, 2L);
        assertThat(options.heap()).isTrue();
        LoadOptions spread = LoadOptions.parse("--rate", "0", "--rooms", "3", "--room", "r");
        assertThat(spread.roomOf(0)).isEqualTo("r0");
        assertThat(spread.roomOf(4)).isEqualTo("r1");
        assertThat(options.roomOf(7)).isEqualTo("load");
        assertThat(options.ioThreads()).isEqualTo(2);
        assertThat(LoadOptions.parse("--io-threads", "1").ioThreads()).isEqualTo(1);
        assertThatThrownBy(() -> LoadOptions.parse("--io-threads", "99")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoadOptions.parse("--rate", "5", "--rooms", "3"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findsThePayloadOfMessageFramesOnly() {
        String frame = "{\"type\":\"message\",\"room\":\"load\",\"offset\":3,\"from\":\"x\",\"nick\":\"load1\","
                + "\"text\":\"17:123456\",\"ts\":1,\"clientId\":\"c17\"}";
        byte[] padded = ("xx" + frame + "yy").getBytes(StandardCharsets.UTF_8);
        int at = protocol.payloadAt(padded, 2, padded.length - 2);
        assertThat(new String(padded, at, 9, StandardCharsets.UTF_8)).isEqualTo("17:123456");
        assertThat(protocol.payloadAt(bytes("{\"type\":\"history\",\"room\":\"load\",\"messages\":[{\"text\":\"1:2\"}]}"),
                0, 48)).isEqualTo(-1);
        byte[] cut = bytes(frame);
        assertThat(protocol.payloadAt(cut, 0, frame.indexOf("\"text\""))).isEqualTo(-1);
        byte[] history = bytes("{\"type\":\"history\",\"room\":\"load\"}");
        assertThat(protocol.isJoined(history, 0, history.length)).isTrue();
        assertThat(protocol.isJoined(history, 0, 5)).isFalse();
        byte[] error = bytes("{\"type\":\"error\",\"code\":\"rate_limited\"}");
        assertThat(protocol.isError(error, 0, error.length)).isTrue();
        assertThat(protocol.isError(history, 0, history.length)).isFalse();
        assertThat(protocol.message("r", "1:2", "c1")).contains("\"text\":\"1:2\"");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void histogramPercentilesAreWithinTwoPercent() {
        LatencyHistogram histogram = new LatencyHistogram();
        for (int ms = 1; ms <= 1000; ms++) {
            histogram.record(ms * 1_000_000L);
        }
        assertThat(histogram.count()).isEqualTo(1000);
        assertThat(histogram.percentileMillis(50)).isBetween(500.0 * 0.98, 500.0 * 1.02);
        assertThat(histogram.percentileMillis(99)).isBetween(990.0 * 0.98, 990.0 * 1.02);
        assertThat(histogram.maxMillis()).isEqualTo(1000.0);
        assertThat(new LatencyHistogram().percentileMillis(99)).isZero();
    }

    @Test
    void readsItsOwnProcessStats() {
        ProcessStats self = ProcessStats.read(ProcessHandle.current().pid());
        assertThat(self).isNotNull();
        assertThat(self.rssBytes()).isPositive();
        assertThat(ProcessStats.read(Long.MAX_VALUE)).isNull();
    }
}

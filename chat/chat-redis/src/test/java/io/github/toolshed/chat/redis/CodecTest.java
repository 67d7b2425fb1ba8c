package io.github.toolshed.chat.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.toolshed.chat.broker.ChatMessage;
import io.github.toolshed.chat.broker.Member;
import io.github.toolshed.chat.broker.Signal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CodecTest {

    private final RedisKeys keys = new RedisKeys("p");

    @Test
    void streamIdsMapToOffsetsAndBack() {
        assertThat(StreamEntries.offset(StreamEntries.id(42))).isEqualTo(42);
        assertThat(StreamEntries.offset("0-9007199254740993")).isEqualTo(9007199254740993L);
        assertThatThrownBy(() -> StreamEntries.offset("1700000000000-0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StreamEntries.offset("garbage")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void entriesKeepEveryFieldIncludingHostileText() {
        String text = "'; DEL *; \"}\u001f{\n\u0000" + "x".repeat(10_000);
        ChatMessage fromScript = StreamEntries.message("r", "0-7",
                new String[] {"f", "s1", "n", "ann", "t", text, "ts", "123", "c", "id-1"});
        ChatMessage fromRead = StreamEntries.message("r", "0-7",
                Map.of("f", "s1", "n", "ann", "t", text, "ts", "123", "c", "id-1"));
        assertThat(fromScript).isEqualTo(fromRead)
                .isEqualTo(new ChatMessage("r", 7, "s1", "ann", text, 123, "id-1"));
        assertThat(StreamEntries.message("r", "0-1", Map.of("f", "s", "n", "n", "t", "t", "ts", "1")).clientId())
                .isNull();
    }

    @Test
    void signalsSurviveTheRelayAndMalformedPayloadsAreIgnored() {
        Member ann = new Member("s1", "ann");
        for (Signal signal : new Signal[] {new Signal.Typing(ann), new Signal.Joined(ann),
                new Signal.Left(ann, true), new Signal.Left(ann, false)}) {
            SignalRelay.Origin origin = SignalRelay.decode(SignalRelay.encode("node-1", signal));
            assertThat(origin.nodeId()).isEqualTo("node-1");
            assertThat(origin.signal()).isEqualTo(signal);
        }
        assertThat(SignalRelay.decode("")).isNull();
        assertThat(SignalRelay.decode("n\u001fz\u001fs\u001fnick")).isNull();
    }

    @Test
    void keysShareOneHashTagPerRoomAndChannelsMapBackToRooms() {
        assertThat(keys.log("lobby")).isEqualTo("p:{lobby}:log");
        assertThat(keys.meta("lobby")).startsWith("p:{lobby}:");
        assertThat(keys.roomOfSignals(keys.signals("lobby"))).isEqualTo("lobby");
        assertThat(keys.roomOfSignals("other:{lobby}:signals")).isNull();
        assertThat(keys.roomOfSignals("p:{}:signals")).isEmpty();
        Member bob = new Member("s2", "bob");
        String entry = RedisKeys.presenceEntry("n1", bob);
        assertThat(RedisKeys.nodeOf(entry)).isEqualTo("n1");
        assertThat(RedisKeys.memberOf(entry)).isEqualTo(bob);
        assertThat(RedisKeys.memberOf("broken")).isNull();
    }

    @Test
    void settingsRejectNonsense() {
        RedisBrokerSettings defaults = RedisBrokerSettings.defaults();
        assertThat(defaults.withNodeId("x").nodeId()).isEqualTo("x");
        assertThatThrownBy(() -> defaults.withNodeId("a\u001fb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RedisBrokerSettings("p", 0, 1, "n", Duration.ofSeconds(1), Duration.ofMillis(100)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RedisBrokerSettings("p", 1, 1, "n", Duration.ofMillis(10), Duration.ofMillis(100)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

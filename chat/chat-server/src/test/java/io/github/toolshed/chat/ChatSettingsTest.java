package io.github.toolshed.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ChatSettingsTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        ChatSettings settings = ChatSettings.defaults();
        assertThat(settings.historyOnJoin()).isEqualTo(15);
        assertThat(settings.maxFrameBytes()).isEqualTo(4096);
        assertThat(settings.heartbeatTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.outboxMaxBytes()).isEqualTo(1024 * 1024);
    }

    @Test
    void badSettingsAreNamedWithTheirValue() {
        assertThatThrownBy(() -> ChatSettings.builder().maxFrameBytes(0).build())
                .hasMessage("maxFrameBytes must be positive but was 0");
        assertThatThrownBy(() -> ChatSettings.builder().historyOnJoin(-1).build())
                .hasMessage("historyOnJoin must be zero or more but was -1");
        assertThatThrownBy(() -> ChatSettings.builder().ratePerSecond(Double.NaN).build())
                .hasMessage("ratePerSecond must be positive but was NaN");
        assertThatThrownBy(() -> ChatSettings.builder().heartbeatInterval(Duration.ofSeconds(30))
                .heartbeatTimeout(Duration.ofSeconds(30)).build())
                .hasMessage("heartbeatTimeout (PT30S) must be longer than heartbeatInterval (PT30S)");
        assertThatThrownBy(() -> ChatSettings.builder().outboxMaxBytes(100).build())
                .hasMessage("outboxMaxBytes must be at least maxFrameBytes (4096) but was 100");
        assertThatThrownBy(() -> ChatSettings.builder().sendTimeLimit(Duration.ZERO).build())
                .hasMessage("sendTimeLimit must be positive but was PT0S");
        assertThatThrownBy(() -> ChatSettings.builder().writeCoalescing(Duration.ofMillis(-1)).build())
                .hasMessage("writeCoalescing must be zero or positive and shorter than sendTimeLimit (PT10S) but was PT-0.001S");
        assertThatThrownBy(() -> ChatSettings.builder().writeCoalescing(Duration.ofSeconds(10)).build())
                .hasMessageStartingWith("writeCoalescing must be");
        assertThat(ChatSettings.builder().writeCoalescing(Duration.ZERO).build().writeCoalescing()).isZero();
    }
}

package io.github.toolshed.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateDirectoryTest {

    @Test
    void xdgStateHomeWins() {
        assertThat(StateDirectory.resolve(Map.of("XDG_STATE_HOME", "/var/state"), "/home/me"))
                .isEqualTo(Path.of("/var/state/toolshed"));
    }

    @Test
    void unsetEmptyOrRelativeFallsBackToHome() {
        Path expected = Path.of("/home/me/.local/state/toolshed");
        assertThat(StateDirectory.resolve(Map.of(), "/home/me")).isEqualTo(expected);
        assertThat(StateDirectory.resolve(Map.of("XDG_STATE_HOME", ""), "/home/me")).isEqualTo(expected);
        assertThat(StateDirectory.resolve(Map.of("XDG_STATE_HOME", "rel/dir"), "/home/me")).isEqualTo(expected);
    }
}

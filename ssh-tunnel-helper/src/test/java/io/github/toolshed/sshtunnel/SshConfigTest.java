package io.github.toolshed.sshtunnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.toolshed.sshtunnel.internal.HostPatterns;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SshConfigTest {

    private static final String BLOCK = """
            # >>> ssh-tunnel-helper: srv-tunnel >>>
            Host srv-tunnel
                RemoteForward 127.0.0.1:8022 127.0.0.1:22
            # <<< ssh-tunnel-helper: srv-tunnel <<<
            """;

    @Test
    void managedBlocks_areFoundWithTheirRange() {
        SshConfig cfg = SshConfig.parse("User x\n" + BLOCK + "Host *\n", "c");
        ManagedBlock b = cfg.managedBlock("srv-tunnel").orElseThrow();
        assertThat(b.first()).isEqualTo(1);
        assertThat(b.last()).isEqualTo(4);
        assertThat(b.body()).extracting(ConfigLine::key).containsExactly("host", "remoteforward");
        assertThat(cfg.managedBlock("other")).isEmpty();
    }

    @Test
    void unclosedBlock_isASyntaxError() {
        assertThatThrownBy(() -> SshConfig.parse("# >>> ssh-tunnel-helper: a >>>\nHost a\n", "c"))
                .hasMessage("<c:1:1>: managed block 'a' has no end marker");
    }

    @Test
    void strayEndMarker_nestedAndDuplicateBlocks_areSyntaxErrors() {
        assertThatThrownBy(() -> SshConfig.parse("# <<< ssh-tunnel-helper: a <<<\n", "c"))
                .hasMessage("<c:1:1>: end marker for 'a' without a matching begin marker");
        assertThatThrownBy(() -> SshConfig.parse(
                        "# >>> ssh-tunnel-helper: a >>>\n# >>> ssh-tunnel-helper: b >>>\n", "c"))
                .hasMessage("<c:2:1>: managed block 'a' (line 1) is not closed before another begins");
        String twice = BLOCK + BLOCK;
        assertThatThrownBy(() -> SshConfig.parse(twice, "c"))
                .isInstanceOfSatisfying(ConfigSyntaxException.class, e -> assertThat(e.offset()).isEqualTo(BLOCK.length()))
                .hasMessage("<c:5:1>: managed block 'srv-tunnel' appears twice");
        assertThatThrownBy(() -> SshConfig.parse("# >>> ssh-tunnel-helper: a*b >>>\n", "c"))
                .hasMessage("<c:1:1>: managed block name is not a valid alias");
    }

    @Test
    void hostDefinitions_onlyLiteralPatternsOutsideManagedBlocks() {
        SshConfig cfg = SshConfig.parse(BLOCK + "Host srv-* other\nHost a srv-tunnel\nHost !srv-tunnel\n", "c");
        assertThat(cfg.hostDefinitions("srv-tunnel")).extracting(ConfigLine::number).containsExactly(6);
    }

    @Test
    void resolve_firstValueWins_butForwardsAddUp() {
        SshConfig cfg = SshConfig.parse("""
                Host *
                    User star
                    RemoteForward 9000 127.0.0.1:1
                Host srv
                    User mine
                    Port 2222
                    RemoteForward 9001 127.0.0.1:2
                Host * !srv
                    Port 1
                """, "c");
        SshConfig.Resolution r = cfg.resolve("srv");
        assertThat(r.lines().get("user")).extracting(ConfigLine::number).containsExactly(2);
        assertThat(r.lines().get("port")).extracting(ConfigLine::number).containsExactly(6);
        assertThat(r.lines().get("remoteforward")).extracting(ConfigLine::number).containsExactly(3, 7);
    }

    @ParameterizedTest
    @CsvSource({
        "'*', anything, true",
        "'a?c', abc, true",
        "'a?c', abbc, false",
        "'* !laptop', laptop, false",
        "'* !laptop', server, true",
        "'!laptop', server, false",
        "'Laptop', laptop, false",
        "'*.example.org', a.example.org, true",
        "'srv-*', srv-tunnel, true",
    })
    void hostPatterns_matchLikeOpenSsh(String patterns, String host, boolean expected) {
        assertThat(HostPatterns.matches(List.of(patterns.split(" ")), host)).isEqualTo(expected);
    }

    @Test
    void hostPatterns_pathologicalStars_areFast() {
        String host = "a".repeat(10_000);
        assertThat(HostPatterns.matches(List.of("*a*a*a*a*a*a*a*a*a*b"), host)).isFalse();
    }

    @Test
    void remoteForwards_skipTheNamedBlock() {
        SshConfig cfg = SshConfig.parse(BLOCK + "Host x\n  RemoteForward 9 127.0.0.1:22\n", "c");
        assertThat(cfg.remoteForwards("srv-tunnel")).extracting(ConfigLine::number).containsExactly(6);
        assertThat(cfg.remoteForwards(null)).hasSize(2);
    }
}

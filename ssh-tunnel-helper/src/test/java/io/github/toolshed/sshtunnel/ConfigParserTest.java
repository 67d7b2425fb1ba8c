package io.github.toolshed.sshtunnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigParserTest {

    static String sample(String name) throws IOException {
        try (InputStream in = ConfigParserTest.class.getResourceAsStream("/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ConfigLine line(String text) {
        return SshConfig.parse(text, "t").lines().getFirst();
    }

    @ParameterizedTest
    @ValueSource(strings = {"workstation.conf", "crlf.conf", "odd.conf", "no-final-newline.conf"})
    void realWorldSamples_roundTripByteForByte(String name) throws IOException {
        String text = sample(name);
        assertThat(SshConfig.parse(text, name).text()).isEqualTo(text);
    }

    @Test
    void workstationSample_isUnderstood() throws IOException {
        SshConfig cfg = SshConfig.parse(sample("workstation.conf"), "w");
        assertThat(cfg.includes()).containsExactly("~/.ssh/config.d/*.conf");
        assertThat(cfg.hasMatchExec()).isTrue();
        ConfigLine user = cfg.lines().stream().filter(l -> l.is("user") && l.args().size() == 1
                && l.firstArg().contains(" ")).findFirst().orElseThrow();
        assertThat(user.args()).containsExactly("ops team");
        assertThat(cfg.resolve("bastion").lines().get("port").getFirst().args()).containsExactly("2222");
        assertThat(cfg.resolve("x.internal").lines().get("forwardagent").getFirst().args()).containsExactly("no");
        assertThat(cfg.resolve("legacy.internal").lines()).doesNotContainKey("proxyjump");
        assertThat(cfg.resolve("legacy.internal").undecided()).containsKey("kexalgorithms");
    }

    @Test
    void oddSample_keywordsAndArgumentsFollowOpenSsh() throws IOException {
        List<ConfigLine> lines = SshConfig.parse(sample("odd.conf"), "o").lines();
        assertThat(lines.get(0).kind()).isEqualTo(ConfigLine.Kind.COMMENT);
        assertThat(lines.get(1).args()).containsExactly("odd");
        assertThat(lines.get(2).key()).isEqualTo("hostname");
        assertThat(lines.get(3).args()).containsExactly("single quoted");
        assertThat(lines.get(4).args()).containsExactly("/path/with spaces/key");
        assertThat(lines.get(5).args()).containsExactly("ssh", "-W", "%h:%p", "jump host");
        assertThat(lines.get(6).args()).containsExactly("FOO=bar baz", "X=\"y\"");
        assertThat(lines.get(7).keyword()).isEqualTo("UnknownOption");
        assertThat(lines.get(8).args()).containsExactly("8080", "[::1]:80");
        assertThat(lines.get(9).kind()).isEqualTo(ConfigLine.Kind.BLANK);
        assertThat(lines.get(10).args()).containsExactly("a=b");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "Port=22|Port|22",
        "Port = 22|Port|22",
        "  Port\t=\t22  |Port|22",
        "HostName h # note|HostName|h",
        "HostName h#x|HostName|h#x",
        "User \"a b\"|User|a b",
        "User 'it''s'|User|its",
        "User \"say \\\"hi\\\"\"|User|say \"hi\"",
        "\"Port\" 22|Port|22",
    })
    void separatorsQuotesAndComments(String text, String keyword, String arg) {
        ConfigLine l = line(text);
        assertThat(l.keyword()).isEqualTo(keyword);
        assertThat(l.args()).containsExactly(arg);
    }

    @Test
    void crlfLines_keepTheirTerminatorButNotInArguments() throws IOException {
        SshConfig cfg = SshConfig.parse(sample("crlf.conf"), "c");
        assertThat(cfg.lines().get(2).raw()).endsWith("\r\n");
        assertThat(cfg.lines().get(2).args()).containsExactly("win.example.org");
        assertThat(cfg.lines().get(2).text()).isEqualTo("    HostName win.example.org");
    }

    @Test
    void unbalancedQuote_failsWithLineColumnAndCaret() {
        assertThatThrownBy(() -> SshConfig.parse("Host a\n  User \"bob\n", "cfg"))
                .isInstanceOfSatisfying(ConfigSyntaxException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("<cfg:2:8>: invalid quotes");
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(8);
                    assertThat(e.offset()).isEqualTo(14);
                    assertThat(e.source()).isEqualTo("cfg");
                    assertThat(e.caretView()).isEqualTo("  User \"bob\n       ^");
                });
    }

    @Test
    void nulCharacter_failsAndIsShownEscaped() {
        assertThatThrownBy(() -> SshConfig.parse("Host a\u0000b\n", "cfg"))
                .isInstanceOfSatisfying(ConfigSyntaxException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("<cfg:1:7>: NUL character in line");
                    assertThat(e.caretView()).isEqualTo("Host a\\u0000b\n      ^");
                });
    }

    @Test
    void hugeInput_parsesInLinearTime() {
        String big = "Host h\n    User u\n".repeat(50_000) + "HostName " + "x".repeat(1_000_000) + "\n";
        SshConfig cfg = SshConfig.parse(big, "big");
        assertThat(cfg.lines()).hasSize(100_001);
        assertThat(cfg.text()).isEqualTo(big);
    }

    @Test
    void matchExec_isDetectedInEveryForm() {
        assertThat(SshConfig.parse("Match exec \"true\"\n", "m").hasMatchExec()).isTrue();
        assertThat(SshConfig.parse("match host x !EXEC true\n", "m").hasMatchExec()).isTrue();
        assertThat(SshConfig.parse("Match=exec true\n", "m").hasMatchExec()).isTrue();
        assertThat(SshConfig.parse("Match host exec\nHost exec\n", "m").hasMatchExec()).isTrue();
        assertThat(SshConfig.parse("Match \"exec true\"\n", "m").hasMatchExec()).isTrue();
        assertThat(SshConfig.parse("Host exec\n  User exec\n  ProxyCommand exec nc\n", "m").hasMatchExec()).isFalse();
    }
}

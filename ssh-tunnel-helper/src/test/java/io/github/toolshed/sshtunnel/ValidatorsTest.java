package io.github.toolshed.sshtunnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rejected input, each with a message that names the field. */
class ValidatorsTest {

    private static void rejected(String field, Consumer<ReverseTunnel.Builder> setter, String messagePart) {
        ReverseTunnel.Builder b = ReverseTunnel.builder().remoteHost("server.example.org");
        assertThatThrownBy(() -> setter.accept(b))
                .isInstanceOfSatisfying(SshTunnelException.class, e -> {
                    assertThat(e.field()).contains(field);
                    assertThat(e.getMessage()).startsWith(field + ": ").contains(messagePart);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"laptop\n    ProxyCommand touch /tmp/pwned", "laptop evil", "*", "a?c", "!laptop",
        "a,b", "a%h", "bob@laptop", "lap#top", "\"laptop\"", "a=b", "a\\b", "$HOME", "-oProxyCommand=x", ".hidden",
        "_x", "", "a/b", "läptop", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void aliases_outsideTheAllowList_areRejected(String alias) {
        rejected("local-alias", b -> b.localAlias(alias), alias.isEmpty() ? "must not be empty" : "");
        rejected("remote-alias", b -> b.remoteAlias(alias), "");
    }

    @Test
    void newlineInjection_namesTheControlCharacterAndPosition() {
        rejected("remote-alias", b -> b.remoteAlias("laptop\nProxyCommand x"), "control character (U+000A) at position 7");
        rejected("remote-host", b -> b.remoteHost("h\nMatch exec \"touch /tmp/x\""), "control character (U+000A)");
        rejected("remote-user", b -> b.remoteUser("bob\r"), "control character (U+000D)");
        rejected("local-user", b -> b.localUser("bob\t"), "control character (U+0009)");
        rejected("socket", b -> b.socket("/tmp/a\u0000.sock"), "control character (U+0000)");
        rejected("local-alias", b -> b.localAlias("a\u007f"), "control character (U+007F)");
        rejected("local-alias", b -> b.localAlias("a\u0085"), "control character (U+0085)");
        rejected("local-alias", b -> b.localAlias("a\ud800"), "unpaired surrogate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-oProxyCommand=x", ".example.org", "example..org", "exa mple.org", "a_b.org",
        "%h", "h%%", "host:22", "1.2.3.256", "1.2.3", "01.2.3.4", "::1::2", "1:2:3", "[::1]", "fe80::1%eth0",
        "-a.org", "a-.org", "host.", "${HOST}"})
    void hostNames_outsideDnsAndIpLiterals_areRejected(String host) {
        rejected("remote-host", b -> b.remoteHost(host), "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"server.example.org", "a", "192.0.2.1", "::1", "2001:db8::1", "fe80::", "xn--bcher-kva.example",
        "1:2:3:4:5:6:7:8"})
    void hostNames_validOnes_areAccepted(String host) {
        assertThat(ReverseTunnel.builder().remoteHost(host).build().remoteHost()).isEqualTo(host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-bob", "bob smith", "bob;id", "$(id)", "bob@x", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "%r"})
    void users_outsideTheStrictPattern_areRejected(String user) {
        rejected("remote-user", b -> b.remoteUser(user), "not a valid user name");
        rejected("local-user", b -> b.localUser(user), "not a valid user name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "65536", "70000", "-1", "+22", " 22", "22 ", "0x16", "abc", "022", "99999999999", "２２"})
    void ports_thatAreNotPlainDecimals_areRejected(String port) {
        assertThatThrownBy(() -> TunnelCli.tunnel(java.util.Map.of("remote-host", "h", "port", port)))
                .isInstanceOfSatisfying(SshTunnelException.class,
                        e -> assertThat(e.getMessage()).startsWith("port: ").contains("is not a port"));
        assertThatThrownBy(() -> TunnelCli.tunnel(java.util.Map.of("remote-host", "h", "remote-port", port)))
                .hasMessageStartingWith("remote-port: ");
        assertThatThrownBy(() -> TunnelCli.tunnel(java.util.Map.of("remote-host", "h", "local-ssh-port", port)))
                .hasMessageStartingWith("local-ssh-port: ");
    }

    @Test
    void intPorts_outOfRange_areRejected() {
        rejected("port", b -> b.port(0), "is not a port");
        rejected("port", b -> b.port(65536), "is not a port");
        rejected("remote-port", b -> b.remotePort(-5), "is not a port");
        rejected("local-ssh-port", b -> b.localSshPort(100000), "is not a port");
    }

    @ParameterizedTest
    @ValueSource(strings = {"laptop.sock", "./x.sock", "~/x.sock", "/tmp/a b.sock", "/tmp/%d.sock", "/tmp/${HOME}.sock",
        "/tmp/a:b.sock", "/tmp/\"a\".sock", "/tmp/a\\b", "/tmp/../etc/x.sock", "/tmp/./x.sock", "/tmp//x.sock",
        "/tmp/dir/", "/tmp/#x", "/tmp/a;rm -rf ~"})
    void socketPaths_outsideTheAllowList_areRejected(String path) {
        rejected("socket", b -> b.socket(path), "");
    }

    @Test
    void socketPath_over100Bytes_isRejected_and100IsAccepted() {
        String ok = "/" + "a".repeat(99);
        assertThat(ReverseTunnel.builder().remoteHost("h").socket(ok).build().forward())
                .isEqualTo(new Forward.Socket(ok));
        rejected("socket", b -> b.socket(ok + "a"), "longer than 100 bytes");
    }

    @Test
    void portAndSocket_cannotBeCombined_andTheMessageSaysWhatWasSet() {
        rejected("socket", b -> b.port(8022).socket("/tmp/x.sock"), "port was already set to 8022");
        rejected("port", b -> b.socket("/tmp/x.sock").port(8022), "socket was already set to /tmp/x.sock");
    }

    @Test
    void missingRemoteHost_andTooLongTunnelAlias_areRejected() {
        assertThatThrownBy(() -> ReverseTunnel.builder().build()).hasMessage("remote-host: is required");
        String alias = "a".repeat(60);
        assertThatThrownBy(() -> ReverseTunnel.builder().remoteHost("h").remoteAlias(alias).build())
                .hasMessageStartingWith("remote-alias: ").hasMessageContaining("-tunnel\" must stay within 63");
    }

    @Test
    void keepAlive_outOfRange_isRejected() {
        rejected("server-alive-interval", b -> b.serverAlive(0, 3), "out of range 1-3600");
        rejected("server-alive-count-max", b -> b.serverAlive(15, 0), "out of range 1-100");
    }

    @Test
    void rejectedValues_areShownEscaped() {
        rejected("remote-user", b -> b.remoteUser("a\"b"), "\"a\\u0022b\"");
    }

    @Test
    void defaults_deriveAliasesAndAStablePortBelowTheEphemeralRange() {
        ReverseTunnel t = ReverseTunnel.builder().remoteHost("server.example.org").build();
        assertThat(t.remoteAlias()).isEqualTo("server");
        assertThat(t.tunnelAlias()).isEqualTo("server-tunnel");
        assertThat(t.localAlias()).isEqualTo("local");
        assertThat(t.forward()).isEqualTo(new Forward.Tcp(ReverseTunnel.defaultPort("local")));
        assertThat(ReverseTunnel.defaultPort("local")).isBetween(10_000, 29_999);
        assertThat(ReverseTunnel.defaultPort("bobs-laptop")).isNotEqualTo(ReverseTunnel.defaultPort("alices-laptop"));
        assertThat(ReverseTunnel.builder().remoteHost("192.0.2.7").build().remoteAlias()).isEqualTo("remote");
        assertThat(ReverseTunnel.builder().remoteHost("::1").build().remoteAlias()).isEqualTo("remote");
    }
}

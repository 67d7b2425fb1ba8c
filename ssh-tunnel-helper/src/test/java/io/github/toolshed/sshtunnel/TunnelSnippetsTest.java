package io.github.toolshed.sshtunnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TunnelSnippetsTest {

    private static ReverseTunnel.Builder bob() {
        return ReverseTunnel.builder()
                .remoteHost("server.example.org")
                .remoteUser("alice")
                .localAlias("bobs-laptop")
                .localUser("bob");
    }

    @Test
    void tcp_localSide_forwardsAnExplicitLoopbackPortOnADedicatedAlias() {
        Snippet s = TunnelSnippets.localSide(bob().remotePort(2222).port(8022).build());
        assertThat(s.render("\n")).isEqualTo("""
                # >>> ssh-tunnel-helper: server-tunnel >>>
                # Managed by ssh-tunnel-helper: changes inside this block are replaced on the next apply.
                Host server-tunnel
                    HostName server.example.org
                    User alice
                    Port 2222
                    RemoteForward 127.0.0.1:8022 127.0.0.1:22
                    ExitOnForwardFailure yes
                    ServerAliveInterval 15
                    ServerAliveCountMax 3
                    SessionType none
                    ControlMaster no
                    ControlPath none
                    ForwardAgent no
                # 'Match all' ends the Host block: the lines after it apply to every host again.
                Match all
                # <<< ssh-tunnel-helper: server-tunnel <<<
                """);
        assertThat(s.side()).isEqualTo(Side.LOCAL);
        assertThat(s.name()).isEqualTo("server-tunnel");
    }

    @Test
    void tcp_remoteSide_pinsTheHostKeyUnderTheAlias() {
        Snippet s = TunnelSnippets.remoteSide(bob().port(8022).build());
        assertThat(s.render("\n")).isEqualTo("""
                # >>> ssh-tunnel-helper: bobs-laptop >>>
                # Managed by ssh-tunnel-helper: changes inside this block are replaced on the next apply.
                Host bobs-laptop
                    HostName 127.0.0.1
                    Port 8022
                    ProxyJump none
                    User bob
                    HostKeyAlias bobs-laptop
                    StrictHostKeyChecking yes
                # 'Match all' ends the Host block: the lines after it apply to every host again.
                Match all
                # <<< ssh-tunnel-helper: bobs-laptop <<<
                """);
    }

    @Test
    void socket_bothSides_useTheSamePath_andAFixedProxyCommand() {
        ReverseTunnel t = bob().socket("/home/alice/.ssh/tunnels/bobs-laptop.sock").localSshPort(2200).build();
        assertThat(TunnelSnippets.localSide(t).render("\n"))
                .contains("    RemoteForward /home/alice/.ssh/tunnels/bobs-laptop.sock 127.0.0.1:2200\n");
        assertThat(TunnelSnippets.remoteSide(t).render("\n")).contains("""
                Host bobs-laptop
                    HostName bobs-laptop
                    ProxyCommand nc -U /home/alice/.ssh/tunnels/bobs-laptop.sock
                    User bob
                """);
        ReverseTunnel socat = bob().socket("/tmp/t/b.sock").proxyTool(ProxyTool.SOCAT).build();
        assertThat(TunnelSnippets.remoteSide(socat).render("\r\n"))
                .contains("    ProxyCommand socat - UNIX-CONNECT:/tmp/t/b.sock\r\n");
    }

    @Test
    void withoutUsers_noUserLineIsWritten() {
        ReverseTunnel t = ReverseTunnel.builder().remoteHost("h.example").port(9000).build();
        assertThat(TunnelSnippets.localSide(t).render("\n")).doesNotContain("User");
        assertThat(TunnelSnippets.remoteSide(t).render("\n")).doesNotContain("User");
    }

    @Test
    void generatedBlock_parsesBackToOneHostAndOnlyAllowListedKeywords() {
        ReverseTunnel t = bob().socket("/tmp/t/b.sock").build();
        for (Side side : Side.values()) {
            SshConfig cfg = SshConfig.parse(TunnelSnippets.of(t, side).render("\n"), "g");
            ManagedBlock b = cfg.managedBlocks().getFirst();
            assertThat(ConfigChecks.shape(b)).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"LocalCommand", "RemoteCommand", "Match", "Include", "KnownHostsCommand",
        "PermitLocalCommand", "proxycommand", "Host", "IdentityFile"})
    void directives_outsideTheAllowList_cannotBeBuilt(String keyword) {
        assertThatThrownBy(() -> new Directive(keyword, "x"))
                .isInstanceOf(SshTunnelException.class)
                .hasMessageContaining("is not one the helper writes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nc -U /x; touch /tmp/p", "nc -U /x | sh", "nc -U $(id)", "nc -U `id`", "nc -U /x # c",
        "nc -U /x%h", "nc -U \"/x\"", "nc -U /x && id", "a\nb", "rm -rf /home", "nc -U relative.sock",
        "nc -U /a/../b", "socat - TCP:evil:22", "nc evil 22"})
    void proxyCommand_withShellOrTokenCharacters_cannotBeBuilt(String value) {
        assertThatThrownBy(() -> new Directive("ProxyCommand", value)).isInstanceOf(SshTunnelException.class);
    }

    @Test
    void fixedProxyCommands_andProxyJumpNone_areTheOnlyFormsAccepted() {
        assertThat(new Directive("ProxyCommand", "nc -U /run/t/a.sock").value()).isEqualTo("nc -U /run/t/a.sock");
        assertThat(new Directive("ProxyCommand", "socat - UNIX-CONNECT:/run/t/a.sock").keyword()).isEqualTo("ProxyCommand");
        assertThat(new Directive("ProxyJump", "none").value()).isEqualTo("none");
        assertThatThrownBy(() -> new Directive("ProxyJump", "bastion")).hasMessageStartingWith("ProxyJump: only 'none'");
    }

    @Test
    void explanations_carryTheSecurityNotes() {
        ReverseTunnel tcp = bob().port(8022).build();
        assertThat(TunnelSnippets.explain(tcp, Side.LOCAL))
                .contains("ssh -f -N server-tunnel")
                .contains("autossh -M 0 -N server-tunnel")
                .contains("every local user on the server can connect to 127.0.0.1:8022")
                .contains("restrict,from=\"127.0.0.1,::1\"");
        ReverseTunnel sock = bob().socket("/home/alice/.ssh/tunnels/b.sock").build();
        assertThat(TunnelSnippets.explain(sock, Side.LOCAL))
                .contains("StreamLocalBindUnlink yes")
                .contains("/home/alice/.ssh/tunnels/ must exist");
        assertThat(TunnelSnippets.explain(sock, Side.REMOTE))
                .contains("netcat-openbsd")
                .contains("bobs-laptop <contents of the laptop's");
    }
}

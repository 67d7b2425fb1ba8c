package io.github.toolshed.sshtunnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigEditorTest {

    private static final ReverseTunnel TUNNEL = ReverseTunnel.builder()
            .remoteHost("server.example.org").remoteUser("alice").localAlias("bobs-laptop").port(8022).build();
    private static final Snippet LOCAL = TunnelSnippets.localSide(TUNNEL);

    private static Edit apply(String text, Snippet s) {
        return ConfigEditor.apply(SshConfig.parse(text, "config"), s);
    }

    @Test
    void newBlock_goesBeforeTheFirstHostAndTheCommentsAboveIt() {
        String before = "AddKeysToAgent yes\n\n# work machines\nHost work\n    HostName w\n\nHost *\n    User me\n";
        String after = apply(before, LOCAL).after();
        assertThat(after).isEqualTo("AddKeysToAgent yes\n\n" + LOCAL.render("\n") + "\n"
                + "# work machines\nHost work\n    HostName w\n\nHost *\n    User me\n");
    }

    @Test
    void newBlock_goesAboveAnInclude_andEndsWithMatchAllSoTheIncludeStaysGlobal() {
        String before = "Compression yes\nInclude ~/.ssh/config.d/*\nHost work\n";
        String after = apply(before, LOCAL).after();
        assertThat(after).isEqualTo("Compression yes\n" + LOCAL.render("\n") + "\nInclude ~/.ssh/config.d/*\nHost work\n");
        assertThat(LOCAL.render("\n")).endsWith("Match all\n# <<< ssh-tunnel-helper: server-tunnel <<<\n");
        SshConfig cfg = SshConfig.parse(after + "    User w\n", "c");
        assertThat(cfg.resolve("work").lines()).doesNotContainKey("remoteforward").containsKey("user");
    }

    @Test
    void fileWithoutHostLines_getsTheBlockAppendedAfterABlankLine() {
        assertThat(apply("", LOCAL).after()).isEqualTo(LOCAL.render("\n"));
        assertThat(apply("Compression yes", LOCAL).after()).isEqualTo("Compression yes\n\n" + LOCAL.render("\n"));
        assertThat(apply("Compression yes\n\n", LOCAL).after()).isEqualTo("Compression yes\n\n" + LOCAL.render("\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"workstation.conf", "crlf.conf", "odd.conf", "no-final-newline.conf"})
    void applyTwice_isIdempotent_andRemoveGivesBackTheOriginal(String sample) throws IOException {
        String original = ConfigParserTest.sample(sample);
        Edit first = apply(original, LOCAL);
        assertThat(first.changed()).isTrue();
        Edit second = apply(first.after(), LOCAL);
        assertThat(second.changed()).isFalse();
        assertThat(second.after()).isEqualTo(first.after());
        String removed = ConfigEditor.remove(SshConfig.parse(first.after(), "c"), LOCAL.name()).after();
        assertThat(removed).isEqualTo(original);
    }

    @Test
    void unterminatedLastLineEndingInCr_isCompletedAsCrlf_andStaysIdempotent() {
        Edit first = apply("Compression \r", LOCAL);
        assertThat(first.after()).isEqualTo("Compression \r\n\r\n" + LOCAL.render("\r\n"));
        assertThat(apply(first.after(), LOCAL).changed()).isFalse();
        assertThat(apply("A\r\nB", LOCAL).after()).isEqualTo("A\r\nB\r\n\r\n" + LOCAL.render("\r\n"));
    }

    @Test
    void crlfFile_getsCrlfBlock() throws IOException {
        String after = apply(ConfigParserTest.sample("crlf.conf"), LOCAL).after();
        assertThat(after).contains("    ExitOnForwardFailure yes\r\n").doesNotContain("yes\n\n");
        assertThat(after.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void changedTunnel_updatesTheBlockInPlace_evenIfItWasMoved() {
        String text = "Host a\n    User x\n\n" + LOCAL.render("\n") + "Host b\n";
        Snippet moved = TunnelSnippets.localSide(ReverseTunnel.builder().remoteHost("server.example.org")
                .remoteUser("alice").port(9000).build());
        Edit edit = apply(text, moved);
        assertThat(edit.after()).isEqualTo("Host a\n    User x\n\n" + moved.render("\n") + "Host b\n");
        assertThat(edit.diff("config")).isEqualTo("""
                --- a/config
                +++ b/config
                @@ -6,7 +6,7 @@
                 Host server-tunnel
                     HostName server.example.org
                     User alice
                -    RemoteForward 127.0.0.1:8022 127.0.0.1:22
                +    RemoteForward 127.0.0.1:9000 127.0.0.1:22
                     ExitOnForwardFailure yes
                     ServerAliveInterval 15
                     ServerAliveCountMax 3
                """);
    }

    @Test
    void aliasDefinedOutsideTheBlock_isRefused() {
        assertThatThrownBy(() -> apply("Host work server-tunnel\n    User x\n", LOCAL))
                .isInstanceOfSatisfying(SshTunnelException.class, e -> {
                    assertThat(e.field()).contains("remote-alias");
                    assertThat(e.getMessage()).isEqualTo("remote-alias: \"server-tunnel\" is already defined at line 1"
                            + " of config (Host work server-tunnel), outside the managed block; choose another alias"
                            + " or remove that entry");
                });
    }

    @Test
    void portUsedByAnotherRemoteForward_isRefused_inAnyListenForm() {
        for (String spec : new String[] {"8022 localhost:22", "127.0.0.1:8022 localhost:22", "[::1]:8022 h:22",
            "8022:localhost:22", "*:8022 h:2"}) {
            assertThatThrownBy(() -> apply("Host other\n    RemoteForward " + spec + "\n", LOCAL))
                    .as(spec)
                    .isInstanceOfSatisfying(SshTunnelException.class, e -> {
                        assertThat(e.field()).contains("port");
                        assertThat(e.getMessage()).startsWith("port: 8022 is already forwarded by line 2 in config");
                    });
        }
        assertThat(apply("Host other\n    RemoteForward 8023 localhost:22\n", LOCAL).changed()).isTrue();
    }

    @Test
    void portUsedByAnotherManagedTunnel_isRefused() {
        Snippet other = TunnelSnippets.localSide(ReverseTunnel.builder().remoteHost("other.example.org")
                .port(8022).build());
        String text = apply("", other).after();
        assertThatThrownBy(() -> apply(text, LOCAL))
                .hasMessageStartingWith("port: 8022 is already forwarded by line 5 in the managed tunnel 'other-tunnel'");
    }

    @Test
    void socketUsedByAnotherForward_isRefused() {
        Snippet sock = TunnelSnippets.localSide(ReverseTunnel.builder().remoteHost("server.example.org")
                .socket("/run/t/b.sock").build());
        assertThatThrownBy(() -> apply("Host x\n  RemoteForward /run/t/b.sock 127.0.0.1:22\n", sock))
                .hasMessageStartingWith("socket: /run/t/b.sock is already forwarded by line 2");
    }

    @Test
    void twoLaptopsOnTheSameServerPortOrSocket_areRefused() {
        Snippet bobs = TunnelSnippets.remoteSide(TUNNEL);
        Snippet carols = TunnelSnippets.remoteSide(ReverseTunnel.builder().remoteHost("server.example.org")
                .localAlias("carols-laptop").port(8022).build());
        String text = apply("", bobs).after();
        assertThatThrownBy(() -> apply(text, carols))
                .isInstanceOfSatisfying(SshTunnelException.class, e -> assertThat(e.getMessage()).isEqualTo(
                        "port: 8022 is already used to reach the laptop of the managed tunnel 'bobs-laptop' (line 1)"));
        Snippet viaSocket = TunnelSnippets.remoteSide(ReverseTunnel.builder().remoteHost("s.example")
                .localAlias("a").socket("/run/t/x.sock").build());
        Snippet sameSocket = TunnelSnippets.remoteSide(ReverseTunnel.builder().remoteHost("s.example")
                .localAlias("b").socket("/run/t/x.sock").proxyTool(ProxyTool.SOCAT).build());
        String withSocket = apply("", viaSocket).after();
        assertThatThrownBy(() -> apply(withSocket, sameSocket)).hasMessageStartingWith(
                "socket: /run/t/x.sock is already used to reach the laptop of the managed tunnel 'a'");
        assertThat(apply(text, TunnelSnippets.remoteSide(ReverseTunnel.builder().remoteHost("s.example")
                .localAlias("carols-laptop").port(8023).build())).changed()).isTrue();
    }

    @Test
    void earlierGlobalValue_thatWouldOverrideTheBlock_isRefused() {
        assertThatThrownBy(() -> apply("User bob\nHost *\n", LOCAL))
                .hasMessageContaining("line 1 (User bob) sets User for server-tunnel before the managed block;"
                        + " the first value wins, so 'User alice' would be ignored");
    }

    @Test
    void laterHostStar_doesNotOverride_butItsForwardsAndMatchBlocksAreReported() {
        Edit edit = apply("Host *\n    User other\n    RemoteForward 9999 localhost:22\n"
                + "Match user root\n    ControlMaster auto\n", LOCAL);
        assertThat(edit.warnings()).containsExactly(
                "line 20 (RemoteForward 9999 localhost:22) also applies to server-tunnel and adds to its RemoteForward");
        Edit withMatchFirst = apply("Match all\n    Compression yes\n", LOCAL);
        assertThat(withMatchFirst.after()).startsWith("# >>> ssh-tunnel-helper");
    }

    @Test
    void appendedBlock_isRemovedWithTheBlankLineBeforeIt() {
        String edited = apply("Compression yes\n", LOCAL).after();
        assertThat(ConfigEditor.remove(SshConfig.parse(edited, "c"), LOCAL.name()).after()).isEqualTo("Compression yes\n");
    }

    @Test
    void remove_missingBlock_failsAndNamesIt() {
        assertThatThrownBy(() -> ConfigEditor.remove(SshConfig.parse("Host a\n", "cfg"), "server-tunnel"))
                .hasMessage("no managed block 'server-tunnel' in cfg");
        assertThatThrownBy(() -> ConfigEditor.remove(SshConfig.parse("", "cfg"), "a b"))
                .hasMessageStartingWith("name: ");
    }

    @Test
    void remove_keepsEverythingElseAndOtherBlocks() {
        Snippet remote = TunnelSnippets.remoteSide(TUNNEL);
        String text = apply(apply("# top\nHost *\n    User me\n", LOCAL).after(), remote).after();
        String removed = ConfigEditor.remove(SshConfig.parse(text, "c"), LOCAL.name()).after();
        // the first block went above the comment that sits right on top of "Host *"; the second one after it
        assertThat(removed).isEqualTo(remote.render("\n") + "\n# top\nHost *\n    User me\n");
    }
}

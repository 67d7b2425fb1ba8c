package io.github.toolshed.sshtunnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-level API through the CLI parser, without an ssh binary (static checks only). */
class TunnelCommandsTest {

    @TempDir
    Path home;

    private TunnelCli cli;
    private Path config;

    @BeforeEach
    void setUp() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-28T03:04:05Z"), ZoneOffset.UTC);
        cli = new TunnelCli(new TunnelCommands(home, Optional.empty(), clock));
        config = home.resolve(".ssh/config");
    }

    private CommandResult run(String... args) {
        return cli.run(List.of(args));
    }

    private long backups() throws IOException {
        try (Stream<Path> files = Files.list(config.getParent())) {
            return files.filter(p -> p.getFileName().toString().startsWith("config.bak-")).count();
        }
    }

    @Test
    void generate_printsBothSidesWithExplanations() {
        CommandResult r = run("generate", "--remote-host", "server.example.org", "--local-alias", "bobs-laptop",
                "--port", "8022");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Laptop side:", "Server side:", "Host server-tunnel", "Host bobs-laptop",
                "RemoteForward 127.0.0.1:8022 127.0.0.1:22", "Port 8022");
        assertThat(run("generate", "--remote-host", "h", "--side", "remote").out()).doesNotContain("Host h-tunnel");
    }

    @Test
    void apply_writesTheDefaultConfig_thenIsIdempotent_withoutANewBackup() throws IOException {
        CommandResult first = run("apply", "--remote-host", "server.example.org", "--port", "8022");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("note: ssh not found on PATH; ssh -G validation skipped",
                "created " + config + " with tunnel 'server-tunnel'", "start it with: ssh -f -N server-tunnel");
        String text = Files.readString(config);
        CommandResult second = run("apply", "--remote-host", "server.example.org", "--port", "8022");
        assertThat(second.out()).isEqualTo("unchanged: " + config + " already holds tunnel 'server-tunnel'\n");
        assertThat(Files.readString(config)).isEqualTo(text);
        assertThat(backups()).isZero();

        CommandResult changed = run("apply", "--remote-host", "server.example.org", "--port", "8023");
        assertThat(changed.out()).contains("updated " + config, "(backup: config.bak-20261128T030405Z)");
        assertThat(backups()).isEqualTo(1);
    }

    @Test
    void dryRun_printsTheDiff_andWritesNothing() throws IOException {
        Files.createDirectories(config.getParent());
        Files.writeString(config, "Host *\n    User me\n");
        CommandResult r = run("apply", "--remote-host", "h.example", "--side", "remote", "--local-alias", "lap",
                "--port", "9000", "--config", config.toString(), "--dry-run");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("--- a/config\n+++ b/config\n@@ -1,2 +1,14 @@\n+# >>> ssh-tunnel-helper: lap >>>\n")
                .contains("+    Port 9000\n", "+\n Host *\n     User me\n");
        assertThat(config).hasContent("Host *\n    User me\n");
    }

    @Test
    void remove_deletesTheBlock_withBackup_andDryRunShowsIt() throws IOException {
        run("apply", "--remote-host", "h.example", "--config", config.toString());
        assertThat(run("remove", "h-tunnel", "--config", config.toString(), "--dry-run").out())
                .contains("-Host h-tunnel");
        assertThat(config).content().contains("Host h-tunnel");
        CommandResult r = run("remove", "h-tunnel", "--config", config.toString());
        assertThat(r.out()).startsWith("removed tunnel 'h-tunnel' from " + config + " (backup: config.bak-");
        assertThat(config).hasContent("");
        CommandResult again = run("remove", "h-tunnel", "--config", config.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("tunnel: no managed block 'h-tunnel' in " + config + "\n");
    }

    @Test
    void check_passesForAFreshBlock_andReportsHandEditsAndOverrides() throws IOException {
        run("apply", "--remote-host", "h.example", "--remote-user", "alice", "--port", "8022");
        CommandResult ok = run("check", "h-tunnel");
        assertThat(ok.exitCode()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.out()).endsWith("ok: tunnel 'h-tunnel' in " + config + "\n");

        String text = Files.readString(config);
        Files.writeString(config, "User mallory\nHost x\n    RemoteForward 8022 localhost:22\n"
                + text.replace("    ForwardAgent no\n", "    ForwardAgent no\n    LocalCommand id\n"));
        CommandResult bad = run("check", "h-tunnel");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.out()).contains(
                "error: line 17 (LocalCommand) in managed block 'h-tunnel' is not a keyword the helper writes",
                "error: port: 8022 is already forwarded by line 3 in " + config,
                "error: line 1 (User mallory) sets User for h-tunnel before the managed block");
        assertThat(bad.err()).isEqualTo("tunnel: tunnel 'h-tunnel' has 3 problem(s)\n");
    }

    @Test
    void rejectedInput_exitsWith1_andNamesTheField() {
        CommandResult r = run("apply", "--remote-host", "h\nProxyCommand touch /tmp/x");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("tunnel: remote-host: contains a control character (U+000A)");
        assertThat(config).doesNotExist();
        assertThat(run("generate", "--remote-host", "h", "--port", "8022", "--socket", "/tmp/s.sock").err())
                .isEqualTo("tunnel: socket: cannot be combined with another forward: port was already set to 8022\n");
        assertThat(run("generate", "--remote-host", "h", "--proxy", "sh").err())
                .isEqualTo("tunnel: proxy: \"sh\" is not one of nc, socat\n");
        assertThat(run("generate").err()).isEqualTo("tunnel: remote-host: is required\n");
    }

    @Test
    void usageErrors_exitWith2_withADidYouMean() {
        CommandResult unknown = run("apply", "--remote-hots", "h");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith(
                "tunnel: unknown option --remote-hots for apply (did you mean --remote-host?)\nusage: tunnel generate");
        assertThat(run("aply").err()).startsWith("tunnel: unknown command 'aply' (did you mean apply?)");
        assertThat(run("apply", "--remote-host").err()).startsWith("tunnel: option --remote-host needs a value");
        assertThat(run("apply", "--remote-host", "h", "--side", "both").err())
                .startsWith("tunnel: apply writes one file: choose --side local or --side remote");
        assertThat(run("remove").err()).startsWith("tunnel: remove needs exactly one NAME");
        assertThat(run("check", "a", "b").exitCode()).isEqualTo(2);
        assertThat(run("generate", "--dry-run").exitCode()).isEqualTo(2);
        assertThat(run("apply", "--port", "1", "--port", "2").err()).startsWith("tunnel: option --port given twice");
        assertThat(run().exitCode()).isEqualTo(2);
        assertThat(run("--help").exitCode()).isZero();
        assertThat(run("apply", "--help").out()).startsWith("usage:");
    }

    @Test
    void privilegedAndEphemeralPorts_areWarnedAbout() {
        assertThat(run("generate", "--remote-host", "h", "--port", "80").out())
                .startsWith("warning: port 80 is below 1024: only root may listen on it on the server\n");
        assertThat(run("generate", "--remote-host", "h", "--port", "40000").out())
                .startsWith("warning: port 40000 is in Linux's ephemeral range");
        assertThat(run("generate", "--remote-host", "h", "--port", "8022").out()).doesNotContain("warning");
    }

    @Test
    void brokenConfigFile_isReportedWithLineColumnAndCaret() throws IOException {
        Files.createDirectories(config.getParent());
        Files.writeString(config, "Host a\n    User \"bob\n");
        CommandResult r = run("apply", "--remote-host", "h.example");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("tunnel: <" + config + ":2:10>: invalid quotes\n"
                + "      User \"bob\n           ^\n");
        assertThat(config).hasContent("Host a\n    User \"bob\n");
    }

    @Test
    void equalsSyntax_isAccepted() {
        CommandResult r = run("generate", "--remote-host=h.example", "--port=8022", "--side=local");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("RemoteForward 127.0.0.1:8022 127.0.0.1:22");
    }
}

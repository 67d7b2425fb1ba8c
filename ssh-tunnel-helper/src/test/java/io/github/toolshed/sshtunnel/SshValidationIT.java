package io.github.toolshed.sshtunnel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.toolshed.testsupport.Binaries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** apply and check against the real {@code ssh -G} (package openssh-client). */
@Tag("integration")
class SshValidationIT {

    @TempDir
    Path home;

    private Path ssh;
    private Path config;
    private TunnelCommands commands;
    private final ReverseTunnel tunnel = ReverseTunnel.builder().remoteHost("server.example.org").remoteUser("alice")
            .port(8022).build();

    @BeforeEach
    void setUp() throws IOException {
        ssh = Binaries.require("ssh", "openssh-client");
        config = Files.createDirectories(home.resolve(".ssh")).resolve("config");
        commands = new TunnelCommands(home, Optional.of(ssh), Clock.systemUTC());
    }

    private CommandResult apply() {
        return commands.apply(tunnel, Side.LOCAL, Optional.of(config), false);
    }

    private List<Path> siblings() throws IOException {
        try (Stream<Path> s = Files.list(config.getParent())) {
            return s.sorted().toList();
        }
    }

    @Test
    void apply_isConfirmedByTheRealSsh_andCheckAgrees() throws IOException {
        Files.writeString(config, "Host *\n    ControlMaster auto\n    ControlPath ~/.ssh/cm-%C\n");
        CommandResult r = apply();
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("ssh -G: server-tunnel resolves to the managed values");
        CommandResult check = commands.check("server-tunnel", Optional.of(config));
        assertThat(check.exitCode()).as(check.out()).isZero();
        assertThat(check.out()).contains("ssh -G: server-tunnel resolves to the managed values");
    }

    @Test
    void serverSide_isNotRoutedThroughALaterProxyJump() throws IOException {
        Files.writeString(config, "Host *\n    ProxyJump bastion.example.org\n");
        CommandResult r = commands.apply(tunnel, Side.REMOTE, Optional.of(config), false);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("ssh -G: local resolves to the managed values");
        Processes.Result local = Processes.run(List.of(ssh.toString(), "-T", "-G", "-F", config.toString(), "local"),
                Duration.ofSeconds(20));
        assertThat(local.output()).contains("hostname 127.0.0.1", "port 8022").doesNotContain("proxyjump");
        assertThat(r.out()).contains("warning: no host key for 'local' in");
        Processes.Result other = Processes.run(List.of(ssh.toString(), "-T", "-G", "-F", config.toString(), "other"),
                Duration.ofSeconds(20));
        assertThat(other.output()).contains("proxyjump bastion.example.org");
    }

    @Test
    void includeAtTheTop_staysBelowTheBlock_andStillAppliesToOtherHosts() throws IOException {
        Path shared = home.resolve("shared.conf");
        Files.writeString(shared, "Host *\n    ControlMaster auto\n    ExitOnForwardFailure no\n");
        Files.writeString(config, "Include " + shared + "\nHost work\n    HostName w\n");
        CommandResult r = apply();
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("ssh -G: server-tunnel resolves to the managed values");
        Processes.Result work = Processes.run(List.of(ssh.toString(), "-T", "-G", "-F", config.toString(), "work"),
                Duration.ofSeconds(20));
        assertThat(work.output()).contains("controlmaster auto", "exitonforwardfailure no");
    }

    @Test
    void overrideHiddenInAnInclude_isCaughtBySsh_andNothingIsWritten() throws IOException {
        Path shared = home.resolve("shared.conf");
        Files.writeString(shared, "Host *\n    ControlMaster auto\n    ExitOnForwardFailure no\n");
        // an older block that sits below the Include is updated where it is
        String oldBlock = TunnelSnippets.localSide(ReverseTunnel.builder().remoteHost("server.example.org")
                .remoteUser("alice").port(8021).build()).render("\n");
        String before = "Include " + shared + "\n\n" + oldBlock;
        Files.writeString(config, before);
        CommandResult r = apply();
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("tunnel: ssh -G check failed: ssh -G resolves 'exitonforwardfailure no'"
                + " instead of 'ExitOnForwardFailure yes'");
        assertThat(config).hasContent(before);
        assertThat(siblings()).containsExactly(config);
    }

    @Test
    void configWithMatchExec_isNeverHandedToSsh() throws IOException {
        Path marker = home.resolve("executed");
        Files.writeString(config, "Host *\n    User me\nMatch exec \"touch " + marker + "\"\n    User x\n");
        // the hazard is real: ssh -G runs the command
        Processes.run(List.of(ssh.toString(), "-T", "-G", "-F", config.toString(), "probe"), Duration.ofSeconds(20));
        assertThat(marker).exists();
        Files.delete(marker);

        CommandResult r = apply();
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("note: ssh -G not run: " + config + " contains 'Match exec'");
        CommandResult check = commands.check("server-tunnel", Optional.of(config));
        assertThat(check.out()).contains("ssh -G not run");
        assertThat(marker).doesNotExist();
    }

    @Test
    void matchExecInAnIncludedFile_isFoundThroughTheInclude() throws IOException {
        Path marker = home.resolve("executed");
        Files.createDirectories(home.resolve(".ssh/config.d"));
        Files.writeString(home.resolve(".ssh/config.d/zz.conf"), "Match exec \"touch " + marker + "\"\n");
        Files.writeString(config, "Include config.d/*.conf\nHost *\n    User me\n");
        CommandResult r = apply();
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("ssh -G not run: " + home.resolve(".ssh/config.d/zz.conf")
                + " contains 'Match exec'");
        assertThat(marker).doesNotExist();
    }

    @Test
    void brokenLineElsewhere_makesSshRejectTheCandidate() throws IOException {
        String before = "Host other\n    Port abc\n";
        Files.writeString(config, before);
        CommandResult r = apply();
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("ssh -G rejected", "Bad port 'abc'");
        assertThat(config).hasContent(before);
    }
}

package io.github.toolshed.sshtunnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guard that keeps {@code ssh -G} away from configs that could make it run commands. */
class ExecGuardTest {

    @TempDir
    Path home;

    private Path ssh;

    @BeforeEach
    void setUp() throws IOException {
        ssh = Files.createDirectories(home.resolve(".ssh"));
    }

    private Optional<String> guard(String text) {
        return ExecGuard.unsafeReason(SshConfig.parse(text, "main"), home);
    }

    @Test
    void plainConfig_isSafe_andMissingIncludesAreIgnoredLikeSshDoes() {
        assertThat(guard("Host a\n    User b\nInclude does-not-exist/*.conf\n")).isEmpty();
    }

    @Test
    void matchExec_inTheFile_isUnsafe() {
        assertThat(guard("Match exec \"id\"\n")).contains("main contains 'Match exec', which ssh -G would run");
    }

    @Test
    void matchExec_reachedThroughRelativeTildeAndAbsoluteIncludes_isUnsafe() throws IOException {
        Files.createDirectories(ssh.resolve("d"));
        Files.writeString(ssh.resolve("d/x.conf"), "Match exec true\n");
        assertThat(guard("Include d/*.conf\n")).contains(ssh.resolve("d/x.conf") + " contains 'Match exec', which ssh -G would run");
        assertThat(guard("Include ~/.ssh/d/x.conf\n")).isPresent();
        assertThat(guard("Include " + ssh.resolve("d") + "/?.conf\n")).isPresent();
        assertThat(guard("Include d/*.txt\n")).isEmpty();
    }

    @Test
    void nestedIncludes_areFollowed_andLoopsStopAtSixteenLevels() throws IOException {
        Files.writeString(ssh.resolve("a.conf"), "Include b.conf\n");
        Files.writeString(ssh.resolve("b.conf"), "Host x\n  Include c.conf\n");
        Files.writeString(ssh.resolve("c.conf"), "Match host x exec \"touch /tmp/p\"\n");
        assertThat(guard("Include a.conf\n")).contains(ssh.resolve("c.conf") + " contains 'Match exec', which ssh -G would run");
        Files.writeString(ssh.resolve("loop.conf"), "Include loop.conf\n");
        assertThat(guard("Include loop.conf\n")).hasValueSatisfying(r -> assertThat(r).startsWith("Include nesting deeper"));
    }

    @Test
    void includesThatCannotBeFollowed_areUnsafe() throws IOException {
        assertThat(guard("Include %d/x\n")).hasValueSatisfying(r -> assertThat(r).contains("tokens or variables"));
        assertThat(guard("Include ${HOME}/x\n")).isPresent();
        assertThat(guard("Include ~root/.ssh/x\n")).isPresent();
        assertThat(guard("Include /etc/*/x.conf\n")).hasValueSatisfying(r -> assertThat(r).contains("directory part"));
        Files.writeString(ssh.resolve("broken.conf"), "Host \"a\n");
        assertThat(guard("Include broken.conf\n")).hasValueSatisfying(r -> assertThat(r).contains("cannot be read safely"));
    }

    @Test
    void hints_explainOldOpenSsh() {
        assertThat(SshResolver.hint("x: line 3: Bad configuration option: sessiontype")).contains("OpenSSH 8.7");
        assertThat(SshResolver.hint("Bad forwarding specification '/x.sock'")).contains("OpenSSH 6.7");
        assertThat(SshResolver.hint("Bad port 'abc'")).isEmpty();
    }
}

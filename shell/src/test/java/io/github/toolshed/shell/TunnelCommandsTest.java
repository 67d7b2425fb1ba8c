package io.github.toolshed.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TunnelCommandsTest extends ShellTestSupport {

    @Test
    void generatePrintsBothSnippets() throws Exception {
        String text = String.join("\n",
                screen("tunnel generate --remote-host example.org --remote-user me --port 8022"));
        assertThat(text).contains("Host example-tunnel", "RemoteForward 127.0.0.1:8022 127.0.0.1:22",
                "ExitOnForwardFailure yes", "Host local", "Port 8022", "HostKeyAlias local");
    }

    @Test
    void generateOneSideWithASocket() throws Exception {
        String text = String.join("\n", screen(
                "tunnel generate --remote-host example.org --socket /home/me/.ssh/laptop.sock --side remote"));
        assertThat(text).contains("ProxyCommand").doesNotContain("RemoteForward");
    }

    @Test
    void injectionThroughAHostNameIsRefused() {
        Run run = run("tunnel", "generate", "--remote-host", "example.org\nProxyCommand touch /tmp/x");
        assertThat(run.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("toolshed: tunnel generate: ").contains("remote-host");
    }

    @Test
    void badPortIsAUsageErrorAndMissingHostToo() {
        assertThat(run("tunnel", "generate", "--remote-host", "example.org", "--port", "eighty").code())
                .isEqualTo(ExitCodes.USAGE);
        Run missing = run("tunnel", "generate", "--port", "8022");
        assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).isEqualTo("toolshed: tunnel generate: missing --remote-host\n");
    }

    @Test
    void applyCheckRemoveOnAConfigFile() throws Exception {
        Path config = Files.createTempFile(WORK, "ssh-config", "");
        Files.writeString(config, "# mine\nHost *\n    ServerAliveInterval 10\n");
        String file = config.toString();
        Run dry = run("tunnel", "apply", "--remote-host", "example.org", "--port", "8022", "--config", file,
                "--dry-run");
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("+Host example-tunnel");
        assertThat(Files.readString(config)).doesNotContain("example-tunnel");

        Run applied = run("tunnel", "apply", "--remote-host", "example.org", "--port", "8022", "--config", file);
        assertThat(applied.code()).as(applied.err()).isZero();
        String written = Files.readString(config);
        assertThat(written.indexOf("Host example-tunnel")).isLessThan(written.indexOf("Host *"));
        assertThat(run("tunnel", "apply", "--remote-host", "example.org", "--port", "8022", "--config", file).code())
                .isZero();
        assertThat(Files.readString(config)).isEqualTo(written);

        Run check = run("tunnel", "check", "example-tunnel", "--config", file);
        assertThat(check.code()).as(check.err()).isZero();

        Run removed = run("tunnel", "remove", "example-tunnel", "--config", file);
        assertThat(removed.code()).as(removed.err()).isZero();
        assertThat(Files.readString(config)).isEqualTo("# mine\nHost *\n    ServerAliveInterval 10\n");
        assertThat(run("tunnel", "check", "example-tunnel", "--config", file).code()).isEqualTo(ExitCodes.FAILURE);
    }
}

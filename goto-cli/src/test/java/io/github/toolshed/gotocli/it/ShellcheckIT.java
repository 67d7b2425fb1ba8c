package io.github.toolshed.gotocli.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.toolshed.testsupport.Binaries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Static checks of the generated shell code: shellcheck on the bash integration and on the
 * launcher, and each shell's own syntax check. Needs shellcheck, bash, zsh and fish.
 */
class ShellcheckIT {

    @TempDir
    Path tmp;

    private Path init(String shell) throws Exception {
        Launcher.Result result = Launcher.run(tmp, Launcher.environment(tmp), List.of(Launcher.path().toString(), "init", shell));
        assertThat(result.status()).as(result.stderr()).isZero();
        Path script = tmp.resolve("init." + shell);
        Files.write(script, result.stdout());
        return script;
    }

    private static void assertClean(Launcher.Result result) {
        assertThat(result.out() + result.stderr()).isEmpty();
        assertThat(result.status()).isZero();
    }

    @Test
    void bashIntegrationPassesShellcheck() throws Exception {
        String shellcheck = Binaries.require("shellcheck", "shellcheck").toString();
        Path script = init("bash");
        assertClean(Launcher.run(tmp, Launcher.environment(tmp),
                List.of(shellcheck, "--shell=bash", "--severity=style", script.toString())));
    }

    @Test
    void launcherPassesShellcheck() throws Exception {
        String shellcheck = Binaries.require("shellcheck", "shellcheck").toString();
        assertClean(Launcher.run(tmp, Launcher.environment(tmp),
                List.of(shellcheck, "--shell=sh", "--severity=style", Launcher.path().toString())));
    }

    @Test
    void eachShellParsesItsIntegration() throws Exception {
        assertClean(Launcher.run(tmp, Launcher.environment(tmp),
                List.of(Binaries.require("bash", "bash").toString(), "-n", init("bash").toString())));
        assertClean(Launcher.run(tmp, Launcher.environment(tmp),
                List.of(Binaries.require("zsh", "zsh").toString(), "-n", init("zsh").toString())));
        assertClean(Launcher.run(tmp, Launcher.environment(tmp),
                List.of(Binaries.require("fish", "fish").toString(), "--no-execute", init("fish").toString())));
    }
}

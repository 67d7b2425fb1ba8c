package io.github.toolshed.gotocli.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.toolshed.gotocli.Target;
import io.github.toolshed.gotocli.TargetStore;
import io.github.toolshed.testsupport.Binaries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sources the real {@code goto init SHELL} output in bash, zsh and fish, jumps to directories
 * with hostile names and checks {@code $PWD} after every jump, byte for byte, under
 * {@code LANG=C}. Needs the Debian packages bash, zsh and fish.
 */
class ShellIntegrationIT {

    /** Directory names that break naive shell code: each one gets the alias a0, a1, ... */
    static final List<String> NASTY = List.of(
            "with space",
            "it's \"quoted\"",
            "$(touch pwned)",
            "`touch pwned`",
            "new\nline",
            "ends with newline\n\n",
            "-leading dash",
            "café ☕ 日本",
            "tab\there",
            "back\\slash",
            "*glob?[x]",
            "~tilde",
            "-1");

    @TempDir
    Path root;

    private Path home;
    private final List<Path> dirs = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        home = Files.createDirectories(root.resolve("home"));
        TargetStore store = TargetStore.at(home.resolve(".config/goto/targets"));
        for (int i = 0; i < NASTY.size(); i++) {
            Path dir = Files.createDirectories(root.resolve("d").resolve(NASTY.get(i)));
            dirs.add(dir);
            store.add(new Target("a" + i, dir), false);
        }
        Files.createDirectories(dirs.get(0).resolve("sub/deeper"));
        Files.createDirectories(dirs.get(0).resolve("s$(touch pwned) x"));
        store.add(new Target("proj", dirs.get(0)), false);
        store.add(new Target("projects", dirs.get(1)), false);
    }

    /** Lines of shell code that jump to every alias and print $PWD after each, NUL-terminated. */
    private static String jumps(String printPwd, String status) {
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < NASTY.size(); i++) {
            script.append("goto a").append(i).append('\n').append(printPwd).append('\n');
        }
        script.append("goto proj/sub/deeper\n").append(printPwd).append('\n');
        script.append("goto -\n").append(printPwd).append('\n');
        script.append("goto pjs\n").append(printPwd).append('\n');
        // A failed jump reports its status and leaves the directory alone.
        script.append("goto nosuch 2>/dev/null ").append(status).append('\n').append(printPwd).append('\n');
        // Adding "here" from inside a hostile directory goes through the function to the binary.
        script.append("goto a2\ngoto -a here\ngoto a5\ngoto here\n").append(printPwd).append('\n');
        return script.toString();
    }

    private List<String> expected() {
        List<String> pwds = new ArrayList<>();
        for (Path dir : dirs) {
            pwds.add(dir.toString());
        }
        pwds.add(dirs.get(0).resolve("sub/deeper").toString());
        pwds.add(dirs.getLast().toString());
        pwds.add(dirs.get(1).toString());
        pwds.add("status 1");
        pwds.add(dirs.get(1).toString());
        pwds.add(dirs.get(2).toString());
        return pwds;
    }

    private Launcher.Result run(String shell, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(shell);
        command.addAll(List.of(args));
        return Launcher.run(root, Launcher.environment(home), command);
    }

    @Test
    void bashJumpsExactlyUnderStrictMode() throws Exception {
        String bash = Binaries.require("bash", "bash").toString();
        String script = "set -euo pipefail\neval \"$(goto init bash)\"\n"
                + jumps("printf '%s\\0' \"$PWD\"", "|| printf 'status %s\\0' \"$?\"");
        Launcher.Result result = run(bash, "-c", script);
        assertThat(result.status()).as(result.stderr()).isZero();
        assertThat(result.nulSeparated()).containsExactlyElementsOf(expected());
        assertThat(root.resolve("pwned")).doesNotExist();
        assertThat(dirs.get(2).resolve("pwned")).doesNotExist();
    }

    @Test
    void zshJumpsExactlyUnderStrictMode() throws Exception {
        String zsh = Binaries.require("zsh", "zsh").toString();
        String script = "setopt errexit nounset pipefail\neval \"$(goto init zsh)\"\n"
                + jumps("printf '%s\\0' \"$PWD\"", "|| printf 'status %s\\0' \"$?\"");
        Launcher.Result result = run(zsh, "-f", "-c", script);
        assertThat(result.status()).as(result.stderr()).isZero();
        assertThat(result.nulSeparated()).containsExactlyElementsOf(expected());
        assertThat(root.resolve("pwned")).doesNotExist();
    }

    @Test
    void fishJumpsExactly() throws Exception {
        String fish = Binaries.require("fish", "fish").toString();
        String script = "goto init fish | source\n"
                + jumps("printf '%s\\0' $PWD", "; or printf 'status %s\\0' $status");
        Launcher.Result result = run(fish, "--no-config", "-c", script);
        assertThat(result.status()).as(result.stderr()).isZero();
        assertThat(result.nulSeparated()).containsExactlyElementsOf(expected());
        assertThat(root.resolve("pwned")).doesNotExist();
    }

    @Test
    void bashCompletesNamesAndSubdirectories() throws Exception {
        String bash = Binaries.require("bash", "bash").toString();
        String script = "eval \"$(goto init bash)\"\n"
                + "complete -p goto\n"
                + "COMP_WORDS=(goto pro); COMP_CWORD=1; __goto_complete; printf '%s\\0' \"${COMPREPLY[@]}\"\n"
                + "COMP_WORDS=(goto proj/s); COMP_CWORD=1; __goto_complete; printf '%s\\0' \"${COMPREPLY[@]}\"\n"
                + "COMP_WORDS=(goto proj x); COMP_CWORD=2; __goto_complete; printf '%s\\0' \"${#COMPREPLY[@]}\"\n";
        Launcher.Result result = run(bash, "-c", script);
        assertThat(result.status()).as(result.stderr()).isZero();
        assertThat(result.nulSeparated())
                .containsExactly("complete -F __goto_complete goto\nproj", "projects",
                        "proj/s\\$\\(touch\\ pwned\\)\\ x/", "proj/sub/", "0");
        assertThat(root.resolve("pwned")).doesNotExist();
    }

    @Test
    void zshRegistersItsCompletionWithCompinit() throws Exception {
        String zsh = Binaries.require("zsh", "zsh").toString();
        String script = "autoload -Uz compinit && compinit -u -D\neval \"$(goto init zsh)\"\n"
                + "print -r -- \"$_comps[goto]\"\nwhence -w __goto_complete goto\n";
        Launcher.Result result = run(zsh, "-f", "-c", script);
        assertThat(result.status()).as(result.stderr()).isZero();
        assertThat(result.out()).isEqualTo("__goto_complete\n__goto_complete: function\ngoto: function\n");
    }

    @Test
    void fishCompletesNamesAndSubdirectories() throws Exception {
        String fish = Binaries.require("fish", "fish").toString();
        String script = "goto init fish | source\ncomplete -C 'goto pro'\necho sep\ncomplete -C 'goto proj/s'\n";
        Launcher.Result result = run(fish, "--no-config", "-c", script);
        assertThat(result.status()).as(result.stderr()).isZero();
        assertThat(result.out()).isEqualTo("proj\nprojects\nsep\nproj/s$(touch pwned) x/\nproj/sub/\n");
        assertThat(root.resolve("pwned")).doesNotExist();
    }

    @Test
    void optionsPassThroughTheFunction() throws Exception {
        String bash = Binaries.require("bash", "bash").toString();
        Launcher.Result result = run(bash, "-c", "eval \"$(goto init bash)\"\ngoto --rename proj p && goto -l");
        assertThat(result.status()).as(result.stderr()).isZero();
        assertThat(result.out()).contains("p         " + dirs.get(0) + "\n").doesNotContain("proj  ");
        assertThat(result.stderr()).isEmpty();
    }
}

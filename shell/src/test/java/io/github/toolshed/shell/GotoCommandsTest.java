package io.github.toolshed.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GotoCommandsTest extends ShellTestSupport {

    private final Path targets = WORK.resolve("targets");
    private Path spaced;
    private Path nasty;

    @BeforeEach
    void cleanTargets() throws Exception {
        Files.deleteIfExists(targets);
        spaced = Files.createDirectories(WORK.resolve("My Documents"));
        nasty = Files.createDirectories(WORK.resolve("$(touch pwned) `id` 'q' \"dq\" café"));
    }

    /** Quotes a path for an interactive line, as a POSIX shell would need it. */
    private static String quote(Path path) {
        return "'" + path.toString().replace("'", "'\\''") + "'";
    }

    @Test
    void addListRenameRemoveRoundTrip() throws Exception {
        assertThat(screen("goto add docs " + quote(spaced))).containsExactly("docs  " + spaced);
        assertThat(screen("goto add n " + quote(nasty))).containsExactly("n  " + nasty);
        assertThat(screen("goto list")).containsExactly("docs  " + spaced, "n     " + nasty);
        assertThat(Files.readString(targets)).contains("docs\t" + spaced);
        assertThat(screen("goto rename docs d")).containsExactly("renamed docs to d");
        assertThat(screen("goto remove n")).containsExactly("removed n  " + nasty);
        assertThat(screen("goto list")).containsExactly("d  " + spaced);
        assertThat(WORK.resolve("pwned")).doesNotExist();
    }

    @Test
    void addRefusesToOverwriteWithoutForce() throws Exception {
        screen("goto add p " + quote(spaced));
        Run refused = run("goto", "add", "p", nasty.toString());
        assertThat(refused.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(refused.err()).startsWith("toolshed: goto add: ").contains("p");
        assertThat(run("goto", "add", "-f", "p", nasty.toString()).code()).isZero();
        assertThat(screen("goto list")).containsExactly("p  " + nasty);
    }

    @Test
    void addRejectsMissingDirectoriesAndBadNames() {
        Run missing = run("goto", "add", "x", WORK.resolve("nope").toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(missing.err()).isEqualTo("toolshed: goto add: not a directory: " + WORK.resolve("nope") + "\n");
        Run badName = run("goto", "add", "--", "-x", spaced.toString());
        assertThat(badName.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(badName.err()).contains("must not start with '-'");
        Run spaceName = run("goto", "add", "a b", spaced.toString());
        assertThat(spaceName.code()).isEqualTo(ExitCodes.FAILURE);
    }

    @Test
    void listMarksMissingDirectories() throws Exception {
        Path gone = Files.createDirectories(WORK.resolve("gone"));
        screen("goto add g " + gone);
        Files.delete(gone);
        assertThat(screen("goto list")).containsExactly("g  " + gone + "  (missing)");
    }

    @Test
    void removeOfAnUnknownAliasIsExitCodeOne() {
        Run run = run("goto", "remove", "ghost");
        assertThat(run.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).startsWith("toolshed: goto remove: ");
    }

    @Test
    void helpSaysItCannotChangeTheShellsDirectory() throws Exception {
        assertThat(String.join("\n", screen("goto add --help"))).contains("cannot change your", "goto init bash");
    }
}

package io.github.toolshed.gotocli.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The built launcher ({@code target/goto}, made in the package phase) and a way to run
 * programs with a clean environment: a temporary HOME, {@code LANG=C} and the launcher's
 * directory first on PATH.
 */
final class Launcher {

    private Launcher() {}

    /** The launcher script: system property {@code goto.launcher}, else {@code target/goto}. */
    static Path path() {
        Path launcher = Path.of(System.getProperty("goto.launcher", "target/goto")).toAbsolutePath();
        assertThat(launcher).as("run mvn package first: the launcher").isExecutable();
        return launcher;
    }

    /** An environment with only HOME, PATH (launcher first) and LANG=C. */
    static Map<String, String> environment(Path home) {
        return new HashMap<>(Map.of(
                "HOME", home.toString(),
                "PATH", path().getParent() + ":/usr/local/bin:/usr/bin:/bin",
                "LANG", "C"));
    }

    /** What a finished process left. */
    record Result(int status, byte[] stdout, String stderr) {

        String out() {
            return new String(stdout, StandardCharsets.UTF_8);
        }

        /** Standard output split at NUL bytes, each part decoded as UTF-8. */
        List<String> nulSeparated() {
            List<String> parts = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < stdout.length; i++) {
                if (stdout[i] == 0) {
                    parts.add(new String(stdout, start, i - start, StandardCharsets.UTF_8));
                    start = i + 1;
                }
            }
            return parts;
        }
    }

    /** Runs a command in {@code dir} with exactly {@code env}, feeding it no input. */
    static Result run(Path dir, Map<String, String> env, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Path err = Files.createTempFile("goto-it", ".err");
        builder.redirectError(err.toFile());
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        Files.delete(err);
        return new Result(process.exitValue(), out, stderr);
    }
}

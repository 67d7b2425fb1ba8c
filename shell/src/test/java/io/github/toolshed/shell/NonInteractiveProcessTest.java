package io.github.toolshed.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shell's real main class in a child JVM, one command per process, exactly as a script
 * would: arguments reach the command intact, exit codes follow {@link ExitCodes}, stdout carries
 * nothing but the result. ({@code ShellJarIT} does the same against the packaged jar.)
 */
class NonInteractiveProcessTest {

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {}

    private Result shell(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                ToolshedShell.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile());
        builder.environment().put("GOTO_TARGETS", dir.resolve("targets").toString());
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("shell finished").isTrue();
        return new Result(process.exitValue(),
                Files.readString(dir.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err"), StandardCharsets.UTF_8));
    }

    @Test
    void quotedJsonSpacesAndSpringLookingTextArriveAsOneArgumentEach() throws Exception {
        Result r = shell(Map.of(), "surlex", "match", "/<a>/<b>/",
                "/{\"k\": \"v  w\"}/--spring.main.banner-mode=console/");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(
                "{\"a\": \"{\\\"k\\\": \\\"v  w\\\"}\", \"b\": \"--spring.main.banner-mode=console\"}\n");
    }

    @Test
    void springPropertyAfterDoubleDashIsAnArgumentAndChangesNothing() throws Exception {
        Result r = shell(Map.of(), "surlex", "to-regex", "--", "--spring.main.banner-mode=console");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("--spring\\.main\\.banner-mode=console\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void springPropertyAsAnOptionIsAUsageErrorNotAProperty() throws Exception {
        Result r = shell(Map.of(), "surlex", "to-regex", "--spring.main.banner-mode=console", "/x/");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("toolshed: unknown option '--spring.main.banner-mode=console'");
    }

    @Test
    void noMatchExitsOneWithTheMessageOnStderrOnly() throws Exception {
        Result r = shell(Map.of(), "surlex", "match", "/blog/<year:Y>/", "/blog/soon/");
        assertThat(r.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo(
                "toolshed: surlex match: no match: \"/blog/soon/\" does not match \"/blog/<year:Y>/\"\n");
    }

    @Test
    void directoryWithSpacesAndUnicode() throws Exception {
        // The JVM decodes file names with the locale's charset; the launcher (tested under
        // LANG=C by ShellJarIT) makes that C.UTF-8, as this test does.
        Path target = Files.createDirectories(dir.resolve("My café $(id)"));
        Result r = shell(Map.of("LANG", "C", "LC_ALL", "C.UTF-8"), "goto", "add", "cafe", target.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("cafe  " + target + "\n");
        assertThat(Files.readString(dir.resolve("targets"), StandardCharsets.UTF_8)).contains("cafe\t" + target);
    }
}

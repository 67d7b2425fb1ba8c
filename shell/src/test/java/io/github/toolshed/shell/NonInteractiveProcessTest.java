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
        return shell(null, env, args);
    }

    private Result shell(Path input, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                // What the jar's manifest (Enable-Native-Access) grants JLine's terminal provider.
                "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"),
                ToolshedShell.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile());
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        builder.environment().put("GOTO_TARGETS", dir.resolve("targets").toString());
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("shell finished").isTrue();
        return new Result(process.exitValue(),
                Files.readString(dir.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err"), StandardCharsets.UTF_8));
    }

    @Test
    void templateShellWithPipedInputPrintsOnlyTheResults() throws Exception {
        Path input = Files.writeString(dir.resolve("in"),
                "{{ 1|add:2 }}\n{% for x in xs %}\n[{{ x }}]\n{% endfor %}\n{{ who }}\n");
        Result r = shell(input, Map.of("XDG_STATE_HOME", dir.resolve("state").toString()),
                "template", "shell", "--context", "{\"xs\": [1, 2], \"who\": \"a  b\"}");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("3\n\n[1]\n\n[2]\na  b\n");
    }

    @Test
    void templateShellWithPipedInput_exitsOneWhenAnInputFailed_andGoesOn() throws Exception {
        Path input = Files.writeString(dir.resolve("in"), "{{ x|nosuchfilter }}\n{{ 2|add:2 }}\n");
        Result r = shell(input, Map.of("XDG_STATE_HOME", dir.resolve("state").toString()), "template", "shell");
        assertThat(r.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.out()).contains("nosuchfilter").endsWith("4\n");
        assertThat(r.err()).isEqualTo("toolshed: template shell: an input failed (its error is shown above)\n");
    }

    @Test
    void templateRenderPrintsExactlyTheOutput_andTemplateErrorsExitOne() throws Exception {
        Path page = Files.writeString(dir.resolve("page.html"), "<p>{{ who }}</p>");
        Result ok = shell(Map.of(), "template", "render", "--context", "{\"who\": \"Ada & co\"}", page.toString());
        assertThat(ok.err()).isEmpty();
        assertThat(ok.out()).isEqualTo("<p>Ada &amp; co</p>");
        Path broken = Files.writeString(dir.resolve("broken.html"), "{% if %}");
        Result bad = shell(Map.of(), "template", "render", broken.toString());
        assertThat(bad.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err()).startsWith("toolshed: template render: template error: ").contains("broken.html:1");
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

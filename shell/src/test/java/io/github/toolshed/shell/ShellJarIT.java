package io.github.toolshed.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.toolshed.testsupport.Binaries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the packaged jar ({@code target/toolshed-shell.jar}): once non-interactively, and once
 * interactively in a pseudo-terminal made by tmux (Debian package {@code tmux}), reading the
 * screen as a user would see it: the prompt, Tab completion, a quoted argument with spaces, an
 * error the session survives, history recall, Ctrl-C, Ctrl-D and the history file.
 */
class ShellJarIT {

    private static final Path JAR = Path.of("target", "toolshed-shell.jar");
    private static final Duration STARTUP = Duration.ofSeconds(180);

    @TempDir
    Path dir;

    private Path tmux;
    private String socket;

    @BeforeEach
    void setUp() {
        tmux = Binaries.require("tmux", "tmux");
        socket = "toolshed-it-" + ProcessHandle.current().pid();
        assertThat(JAR).as("the packaged shell jar").exists();
    }

    @AfterEach
    void tearDown() throws Exception {
        exec(List.of(tmux.toString(), "-L", socket, "kill-server"));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void nonInteractiveCommandPrintsOnlyTheResultAndExitsZero() throws Exception {
        Process p = new ProcessBuilder(java(), "-jar", JAR.toString(), "surlex", "to-regex", "/blog/<year:Y>/")
                .redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile())
                .start();
        assertThat(p.waitFor(STARTUP.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(Files.readString(dir.resolve("out"))).isEqualTo("/blog/(?<year>\\d{4})/\n");
        assertThat(Files.readString(dir.resolve("err"))).isEmpty();
    }

    @Test
    void launcherUsesTheAotCacheAndKeepsUnicodePathsUnderLangC() throws Exception {
        Path launcher = Path.of("target", "toolshed-shell");
        assertThat(launcher).as("the launcher script").isExecutable();
        assertThat(Path.of("target", "toolshed-shell-app", "toolshed-shell.aot")).as("the AOT cache").exists();
        Path target = Files.createDirectories(dir.resolve("Été café"));
        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "goto", "add", "cafe", target.toString())
                .redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile());
        builder.environment().put("LANG", "C");
        builder.environment().remove("LC_ALL");
        builder.environment().remove("LC_CTYPE");
        builder.environment().put("GOTO_TARGETS", dir.resolve("targets").toString());
        Process p = builder.start();
        assertThat(p.waitFor(STARTUP.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("err"))).isZero();
        assertThat(Files.readAllBytes(dir.resolve("out")))
                .isEqualTo(("cafe  " + target + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(dir.resolve("err"))).isEmpty();
    }

    @Test
    void interactiveSessionInAPseudoTerminal() throws Exception {
        Path state = dir.resolve("state");
        String command = "env XDG_STATE_HOME='" + state + "' GOTO_TARGETS='" + dir.resolve("targets") + "' TERM=xterm "
                + "'" + java() + "' -jar '" + JAR.toAbsolutePath() + "'; echo SHELL-EXIT=$?; sleep 60";
        tmux("new-session", "-d", "-x", "120", "-y", "40", command);
        awaitScreen(s -> s.contains("toolshed:>"), STARTUP);

        keys("surlex to-r", "Tab");
        awaitScreen(s -> s.contains("toolshed:> surlex to-regex"), Duration.ofSeconds(20));
        keys(" '/a b/<x:Y>/'", "Enter");
        awaitScreen(s -> s.contains("/a b/(?<x>\\d{4})/"), Duration.ofSeconds(30));

        keys("surlex match '/<j>/' '/{\"k\": \"v w\"}/'", "Enter");
        awaitScreen(s -> s.contains("{\"j\": \"{\\\"k\\\": \\\"v w\\\"}\"}"), Duration.ofSeconds(30));

        keys("surlex explain '/<y:Nope>/'", "Enter");
        awaitScreen(s -> s.contains("toolshed: surlex explain: invalid pattern") && s.contains("^ unknown macro"),
                Duration.ofSeconds(30));

        keys("half typed line", "C-c");
        keys("goto list", "Enter");
        awaitScreen(s -> s.contains("no aliases yet"), Duration.ofSeconds(30));
        assertThat(screen()).as("Ctrl-C cancelled the line instead of running it").doesNotContain("'half'");

        keys("Up");
        awaitScreen(s -> lastLine(s).equals("toolshed:> goto list"), Duration.ofSeconds(10));
        keys("C-u", "C-d");
        awaitScreen(s -> s.contains("SHELL-EXIT=0"), Duration.ofSeconds(30));

        List<String> history = Files.readAllLines(state.resolve("toolshed").resolve("history"));
        assertThat(history).anySatisfy(line -> assertThat(line).endsWith("surlex to-regex  '/a b/<x:Y>/'"));
        assertThat(history).anySatisfy(line -> assertThat(line).endsWith("goto list"));
    }

    @Test
    void templateShellInAPseudoTerminal() throws Exception {
        Path state = dir.resolve("state");
        String command = "env XDG_STATE_HOME='" + state + "' TERM=xterm '" + java() + "' -jar '" + JAR.toAbsolutePath()
                + "' template shell --context '{\"names\": [\"Ada Lovelace\", \"Grace\"]}'; echo TEMPLATE-EXIT=$?; sleep 60";
        tmux("new-session", "-d", "-x", "120", "-y", "40", command);
        awaitScreen(s -> lastLine(s).equals(">>>"), STARTUP);

        keys("{{ 1|add:2 }}", "Enter");
        awaitScreen(s -> s.lines().anyMatch(l -> l.strip().equals("3")), Duration.ofSeconds(30));

        keys("{% for n in names %}", "Enter");
        awaitScreen(s -> lastLine(s).equals("..."), Duration.ofSeconds(10));
        keys("<{{ n|upper }}>", "Enter");
        keys("{% endfor %}", "Enter");
        awaitScreen(s -> s.contains("<ADA LOVELACE>") && s.contains("<GRACE>"), Duration.ofSeconds(30));

        keys("{{ names|nosuch }}", "Enter");
        awaitScreen(s -> s.contains("nosuch"), Duration.ofSeconds(30));
        keys("{{ names|length }}", "Enter");
        awaitScreen(s -> s.lines().anyMatch(l -> l.strip().equals("2")), Duration.ofSeconds(30));

        keys("exit", "Enter");
        awaitScreen(s -> s.contains("TEMPLATE-EXIT=0"), Duration.ofSeconds(30));
        assertThat(Files.readAllLines(state.resolve("toolshed").resolve("template-history")))
                .anySatisfy(line -> assertThat(line).contains("{{ 1|add:2 }}"));
    }

    @Test
    void templateShellFromTheInteractiveShell_returnsToItsPrompt() throws Exception {
        String command = "env XDG_STATE_HOME='" + dir.resolve("state") + "' GOTO_TARGETS='" + dir.resolve("targets")
                + "' TERM=xterm '" + java() + "' -jar '" + JAR.toAbsolutePath() + "'; echo SHELL-EXIT=$?; sleep 60";
        tmux("new-session", "-d", "-x", "120", "-y", "40", command);
        awaitScreen(s -> s.contains("toolshed:>"), STARTUP);
        keys("template shell --context '{\"who\": \"the world\"}'", "Enter");
        awaitScreen(s -> lastLine(s).equals(">>>"), Duration.ofSeconds(60));
        keys("hello {{ who }}", "Enter");
        awaitScreen(s -> s.contains("hello the world"), Duration.ofSeconds(30));
        keys("exit", "Enter");
        awaitScreen(s -> lastLine(s).equals("toolshed:>"), Duration.ofSeconds(30));
        keys("surlex to-regex /<x:Y>/", "Enter");
        awaitScreen(s -> s.contains("/(?<x>\\d{4})/"), Duration.ofSeconds(30));
        keys("C-d");
        awaitScreen(s -> s.contains("SHELL-EXIT=0"), Duration.ofSeconds(30));
    }

    private static String lastLine(String screen) {
        List<String> lines = screen.lines().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "" : lines.getLast().stripTrailing();
    }

    private void keys(String... keys) throws Exception {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", "0"));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
        Thread.sleep(300);
    }

    private String screen() throws Exception {
        return tmux("capture-pane", "-p", "-t", "0");
    }

    private void awaitScreen(Predicate<String> condition, Duration timeout) throws Exception {
        Instant end = Instant.now().plus(timeout);
        String screen = screen();
        while (!condition.test(screen)) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("screen did not show what was expected within " + timeout + ":\n" + screen);
            }
            Thread.sleep(250);
            screen = screen();
        }
    }

    private String tmux(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(tmux.toString(), "-L", socket));
        command.addAll(List.of(args));
        return exec(command);
    }

    private static String exec(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }
}

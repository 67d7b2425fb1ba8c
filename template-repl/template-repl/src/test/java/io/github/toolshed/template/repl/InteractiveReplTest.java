package io.github.toolshed.template.repl;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REPL on an xterm-like terminal: prompts, continuation, Ctrl-C, Ctrl-D, Tab and history. */
class InteractiveReplTest {

    @TempDir
    Path state;

    /** Drives a REPL keystroke by keystroke, waiting for each prompt before typing on. */
    private static final class Session implements AutoCloseable {
        final ByteArrayOutputStream screen = new ByteArrayOutputStream();
        final PipedOutputStream keys = new PipedOutputStream();
        final Terminal terminal;
        final CompletableFuture<Integer> status;

        Session(Path history) throws IOException {
            PipedInputStream in = new PipedInputStream(keys, 1 << 16);
            terminal = Repls.xterm(in, screen);
            status = CompletableFuture.supplyAsync(() -> TemplateRepl.builder(Repls.engine())
                    .context(Map.of("name", "Ann", "xs", List.of(1, 2)))
                    .terminal(terminal).historyFile(history).build().run());
        }

        /** Types keys and waits until the screen shows {@code prompts} prompts in all. */
        void type(String text, int prompts) throws Exception {
            keys.write(text.getBytes(UTF_8));
            keys.flush();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (count(plain(), TemplateRepl.PROMPT) < prompts) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("waited for prompt " + prompts + "; screen:\n" + plain());
                }
                Thread.sleep(10);
            }
        }

        /** Waits until the screen ends with the given text. */
        void awaitEnd(String suffix) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (!plain().endsWith(suffix)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("waited for '" + suffix + "'; screen:\n" + plain());
                }
                Thread.sleep(10);
            }
        }

        String plain() {
            return screen.toString(UTF_8).replaceAll("\u001B\\[[0-9;?]*[A-Za-z]", "").replaceAll("\u001B[=>]", "").replace("\r", "");
        }

        @Override
        public void close() throws IOException {
            keys.close();
            terminal.close();
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void promptsContinuationCancelCompletionHistoryAndCtrlD() throws Exception {
        Path history = TemplateRepl.defaultHistoryFile(Map.of("XDG_STATE_HOME", state.toString()), "/nonexistent");
        assertThat(history).isEqualTo(state.resolve("toolshed").resolve("template-history"));
        try (Session s = new Session(history)) {
            s.type("", 1);
            s.type("{{ 1|add:2 }}\r", 2);
            s.type("{% for x in xs %}\r", 2);
            s.awaitEnd("\n" + TemplateRepl.CONTINUATION);
            s.type("<{{ x }}>{% endfor %}\r", 3);
            s.type("{{ 'zzz'|upper }}", 3);
            s.awaitEnd("{{ 'zzz'|upper }}");
            s.type("\u0003", 4);
            s.type("{{ na\t}}\r", 5);
            s.type("\u0004", 5);
            assertThat(s.status.get(15, TimeUnit.SECONDS)).isZero();
            String screen = s.plain();
            assertThat(screen).contains("Toolshed template REPL").contains("\n3\n").contains("<1>\n<2>").contains("Ann\n");
            assertThat(screen).doesNotContain("ZZZ");
        }
        String saved = Files.readString(history);
        assertThat(saved).contains("{{ 1|add:2 }}").contains("{% endfor %}").doesNotContain("zzz");
    }

    @Test
    void exitLeavesAndHistoryCanBeOff() throws Exception {
        try (Session s = new Session(null)) {
            s.type("", 1);
            s.type("exit\r", 1);
            assertThat(s.status.get(15, TimeUnit.SECONDS)).isZero();
        }
        try (var files = Files.list(state)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void historyFallsBackToTheHomeDirectory() {
        assertThat(TemplateRepl.defaultHistoryFile(Map.of(), "/home/u"))
                .isEqualTo(Path.of("/home/u/.local/state/toolshed/template-history"));
        assertThat(TemplateRepl.defaultHistoryFile(Map.of("XDG_STATE_HOME", "relative/dir"), "/home/u"))
                .as("a relative XDG_STATE_HOME is ignored, as the spec says")
                .isEqualTo(Path.of("/home/u/.local/state/toolshed/template-history"));
    }
}

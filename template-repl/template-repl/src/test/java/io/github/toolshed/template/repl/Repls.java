package io.github.toolshed.template.repl;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.toolshed.template.Engine;
import io.github.toolshed.template.python.Python;
import io.github.toolshed.template.spi.FilterSpec;
import io.github.toolshed.template.spi.Library;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.Size;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.terminal.impl.ExternalTerminal;

/** Test helpers: engines and REPLs driven through JLine terminals on in-memory streams. */
final class Repls {

    static final FilterSpec SHOUT = FilterSpec.of("shout", FilterSpec.Arity.NONE, (v, a, c) -> Python.str(v) + "!");

    private Repls() {
    }

    /** An engine with the repl library, a {@code voice} library from two owners, and a loader. */
    static Engine engine() {
        return Engine.builder()
                .library(Library.builder("voice").owner("com.example.voice").filter(SHOUT)
                        .simpleTag("hello", call -> "Hello, " + call.arg(0, "world") + "!").build())
                .library(Library.builder("voice").owner("org.other.voice")
                        .filter(FilterSpec.of("whisper", FilterSpec.Arity.NONE, (v, a, c) -> "(" + v + ")")).build())
                .library(ReplLibrary.LIBRARY)
                .library(Library.builder("bad").tag("boom", parser -> {
                    throw new IllegalStateException("boom at compile time");
                }).build())
                .templates(Map.of("page.html", "<h1>{{ title }}</h1>\n{% load repl %}\n  {% repl %}{{ after }}"))
                .build();
    }

    /** A dumb terminal over the given input, writing into {@code out}. */
    static Terminal dumb(InputStream in, ByteArrayOutputStream out) {
        try {
            return new DumbTerminal("test", Terminal.TYPE_DUMB, in, out, UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An xterm-like terminal over the given input (line editing, completion, history). */
    static Terminal xterm(InputStream in, ByteArrayOutputStream out) {
        try {
            ExternalTerminal t = new ExternalTerminal("test", "xterm", in, out, UTF_8);
            t.setSize(new Size(200, 40));
            return t;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a piped run printed and its exit status. */
    record Run(String out, int status) {}

    /** Runs a REPL on piped input through a dumb terminal and returns what it printed. */
    static String piped(Engine engine, Map<String, ?> context, String input) {
        return run(engine, context, input).out();
    }

    /** Runs a REPL on piped input through a dumb terminal. */
    static Run run(Engine engine, Map<String, ?> context, String input) {
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int status;
            try (Terminal t = dumb(new ByteArrayInputStream(input.getBytes(UTF_8)), out)) {
                status = TemplateRepl.builder(engine).context(context).terminal(t).historyFile(null).build().run();
            }
            return new Run(out.toString(UTF_8), status);
        });
    }
}

package io.github.toolshed.template.repl;

import io.github.toolshed.template.Context;
import io.github.toolshed.template.Engine;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * A read-eval-print loop for the template language: each input is parsed and rendered against one
 * persistent context and parser state, so {@code {% load %}}, {@code {% import %}} and set values
 * stay in effect. An input with an open block tag continues on the next line; {@code :commands}
 * inspect the session ({@code :help} lists them). On a real terminal it has line editing, history
 * and Tab completion; on a dumb terminal or piped input it prints only results.
 *
 * <pre>{@code
 * int status = TemplateRepl.builder(engine)
 *         .context(ReplContext.fromJson("{\"user\": {\"name\": \"Ann\"}}"))
 *         .build()
 *         .run();
 * }</pre>
 */
public final class TemplateRepl {

    /** The prompt on a real terminal. */
    static final String PROMPT = ">>> ";
    /** The prompt while a block tag is open. */
    static final String CONTINUATION = "... ";

    private final ReplSession session;
    private final Terminal terminal;
    private final Path historyFile;
    private final String banner;

    private TemplateRepl(Builder b) {
        this.session = b.live != null ? new ReplSession(b.engine, b.live) : new ReplSession(b.engine, b.values);
        this.terminal = b.terminal;
        this.historyFile = b.historySet ? b.historyFile : defaultHistoryFile();
        this.banner = b.banner;
    }

    /**
     * Starts a REPL for an engine.
     *
     * @param engine the engine whose libraries, policy and settings the session uses
     * @return a builder
     */
    public static Builder builder(Engine engine) {
        return new Builder(engine);
    }

    /**
     * The default history file: {@code $XDG_STATE_HOME/toolshed/template-history}, or
     * {@code ~/.local/state/toolshed/template-history} when {@code XDG_STATE_HOME} is unset.
     *
     * @return the path (its directory may not exist yet)
     */
    public static Path defaultHistoryFile() {
        return defaultHistoryFile(System.getenv(), System.getProperty("user.home"));
    }

    static Path defaultHistoryFile(Map<String, String> env, String home) {
        String state = env.get("XDG_STATE_HOME");
        Path dir = state != null && !state.isBlank() && Path.of(state).isAbsolute()
                ? Path.of(state)
                : Path.of(home, ".local", "state");
        return dir.resolve("toolshed").resolve("template-history");
    }

    /**
     * Runs the loop until {@code exit}, Ctrl-D or the end of input.
     *
     * @return the exit status: 0, or 1 when the input came from a dumb terminal or a pipe (a
     *     script) and at least one input failed
     * @throws TemplateReplException when no terminal could be opened
     */
    public int run() {
        Terminal t = terminal;
        boolean own = t == null;
        try {
            if (own) {
                t = TerminalBuilder.builder().name("toolshed-template").system(true).dumb(true).build();
            }
            if (isDumb(t)) {
                return new PipedLoop(session, t).run();
            }
            interactive(t);
            return 0;
        } catch (IOException e) {
            throw new TemplateReplException("cannot open a terminal: " + e.getMessage(), e);
        } finally {
            if (own && t != null) {
                try {
                    t.close();
                } catch (IOException e) {
                    // closing a terminal we opened; nothing useful left to do
                }
            }
        }
    }

    static boolean isDumb(Terminal t) {
        String type = t.getType();
        return type == null || type.startsWith(Terminal.TYPE_DUMB);
    }

    private void interactive(Terminal t) {
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(t)
                .appName("toolshed-template")
                .parser(new ReplLineParser(session))
                .completer(new TemplateCompleter(session))
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION)
                .variable(LineReader.HISTORY_SIZE, 1000)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_TAB, false);
        if (historyFile != null) {
            prepareHistory(historyFile);
            builder.variable(LineReader.HISTORY_FILE, historyFile);
        }
        LineReader reader = builder.build();
        PrintWriter out = t.writer();
        out.println(banner != null ? banner : "Toolshed template REPL: :help for commands, Ctrl-D or exit to leave.");
        out.flush();
        while (true) {
            String line;
            try {
                line = reader.readLine(PROMPT);
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            ReplSession.Result result = session.eval(line);
            print(out, result.text());
            if (result.exit()) {
                break;
            }
        }
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            out.println("warning: history not saved: " + e.getMessage());
        }
        out.flush();
    }

    private static void prepareHistory(Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the history directory for " + file, e);
        }
    }

    static void print(PrintWriter out, String text) {
        if (!text.isEmpty()) {
            out.print(text);
            if (!text.endsWith("\n")) {
                out.println();
            }
        }
        out.flush();
    }

    /** Configures a {@link TemplateRepl}. */
    public static final class Builder {
        private final Engine engine;
        private Map<String, ?> values = Map.of();
        private Context live;
        private Terminal terminal;
        private Path historyFile;
        private boolean historySet;
        private String banner;

        private Builder(Engine engine) {
            this.engine = Objects.requireNonNull(engine, "engine");
        }

        /**
         * The initial context values (copied).
         *
         * @param values the values, e.g. parsed from JSON
         * @return this builder
         */
        public Builder context(Map<String, ?> values) {
            this.values = new java.util.HashMap<>(Objects.requireNonNull(values, "values"));
            return this;
        }

        /**
         * Renders inputs against a live render context instead of a copy (what a
         * {@code {% repl %}} breakpoint does): inputs see its loop variables, and values set in the
         * REPL stay for the rest of that render. Replaces {@link #context(Map)}.
         *
         * @param context the paused render's context
         * @return this builder
         */
        public Builder liveContext(Context context) {
            this.live = Objects.requireNonNull(context, "context");
            return this;
        }

        /**
         * The terminal to read from and write to (a dumb or piped terminal prints only results).
         * Default: the system terminal, opened and closed by {@link #run()}.
         *
         * @param terminal the terminal
         * @return this builder
         */
        public Builder terminal(Terminal terminal) {
            this.terminal = terminal;
            return this;
        }

        /**
         * The history file; default {@link TemplateRepl#defaultHistoryFile()}. Only interactive
         * sessions read and write it.
         *
         * @param file the file, or {@code null} for no persistent history
         * @return this builder
         */
        public Builder historyFile(Path file) {
            this.historyFile = file;
            this.historySet = true;
            return this;
        }

        /**
         * The line printed when an interactive session starts (default: a one-line hint).
         *
         * @param text the banner
         * @return this builder
         */
        public Builder banner(String text) {
            this.banner = text;
            return this;
        }

        /**
         * Builds the REPL.
         *
         * @return the REPL
         */
        public TemplateRepl build() {
            return new TemplateRepl(this);
        }
    }

    /** Package-private access for tests and the breakpoint console. */
    ReplSession session() {
        return session;
    }
}

package io.github.toolshed.template.repl;

import io.github.toolshed.template.Engine;
import java.nio.file.Path;
import java.util.Map;
import org.jline.terminal.Terminal;

/**
 * A read-eval-print loop for the template language: each input is parsed and rendered against one
 * persistent context and parser state. (API agreed between the REPL and the shell; the loop itself
 * is being built.)
 */
public final class TemplateRepl {

    private TemplateRepl() {
    }

    /**
     * Starts a REPL for an engine.
     *
     * @param engine the engine whose libraries, policy and settings the session uses
     * @return a builder
     */
    public static Builder builder(Engine engine) {
        throw new UnsupportedOperationException("not built yet");
    }

    /**
     * Runs the loop until {@code exit}, Ctrl-D or the end of input.
     *
     * @return the exit status: 0 normally
     */
    public int run() {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Configures a {@link TemplateRepl}. */
    public static final class Builder {
        private Builder() {
        }

        /**
         * The initial context values (copied).
         *
         * @param values the values, e.g. parsed from JSON
         * @return this builder
         */
        public Builder context(Map<String, ?> values) {
            return this;
        }

        /**
         * The terminal to read from and write to (a dumb or piped terminal prints only results).
         *
         * @param terminal the terminal
         * @return this builder
         */
        public Builder terminal(Terminal terminal) {
            return this;
        }

        /**
         * The history file; default {@code $XDG_STATE_HOME/toolshed/template-history}.
         *
         * @param file the file, or {@code null} for no persistent history
         * @return this builder
         */
        public Builder historyFile(Path file) {
            return this;
        }

        /**
         * Builds the REPL.
         *
         * @return the REPL
         */
        public TemplateRepl build() {
            throw new UnsupportedOperationException("not built yet");
        }
    }
}

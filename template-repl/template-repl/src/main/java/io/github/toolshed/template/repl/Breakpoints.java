package io.github.toolshed.template.repl;

import java.util.function.Supplier;

/**
 * Attaches a {@link ReplConsole} to the renders of the current thread (a scoped value, so a
 * server thread without one never blocks: {@code {% repl %}} then renders nothing and logs once).
 */
public final class Breakpoints {

    private Breakpoints() {
    }

    /**
     * Runs a render with a console attached.
     *
     * @param console the console {@code {% repl %}} opens
     * @param render the render, e.g. {@code () -> template.render(values)}
     * @param <T> the render's result
     * @return the render's result
     */
    public static <T> T attach(ReplConsole console, Supplier<T> render) {
        throw new UnsupportedOperationException("not built yet");
    }

    /**
     * A console that opens an interactive {@link TemplateRepl} on the breakpoint's context in the
     * given terminal.
     *
     * @param engine the engine
     * @param terminal the terminal
     * @return the console
     */
    public static ReplConsole terminalConsole(io.github.toolshed.template.Engine engine,
            org.jline.terminal.Terminal terminal) {
        throw new UnsupportedOperationException("not built yet");
    }
}

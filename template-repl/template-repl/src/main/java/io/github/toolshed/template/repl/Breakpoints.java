package io.github.toolshed.template.repl;

import io.github.toolshed.template.Engine;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jline.terminal.Terminal;

/**
 * Attaches a {@link ReplConsole} to the renders of the current thread (a {@link ScopedValue}, so a
 * server thread without one never blocks: {@code {% repl %}} then renders nothing and logs once).
 *
 * <pre>{@code
 * ReplConsole console = Breakpoints.terminalConsole(engine, terminal);
 * String html = Breakpoints.attach(console, () -> engine.getTemplate("post.html").render(values));
 * }</pre>
 */
public final class Breakpoints {

    private static final ScopedValue<ReplConsole> CONSOLE = ScopedValue.newInstance();

    private Breakpoints() {
    }

    /**
     * Runs a render with a console attached: every {@code {% repl %}} the render reaches on this
     * thread calls the console and waits for it. The binding ends when the render returns.
     *
     * @param console the console {@code {% repl %}} opens
     * @param render the render, e.g. {@code () -> template.render(values)}
     * @param <T> the render's result
     * @return the render's result
     */
    public static <T> T attach(ReplConsole console, Supplier<T> render) {
        Objects.requireNonNull(console, "console");
        Objects.requireNonNull(render, "render");
        return ScopedValue.where(CONSOLE, console).call(render::get);
    }

    /**
     * The console attached to the current thread's render, if any.
     *
     * @return the console, empty outside {@link #attach}
     */
    public static Optional<ReplConsole> current() {
        return CONSOLE.isBound() ? Optional.of(CONSOLE.get()) : Optional.empty();
    }

    /**
     * A console that opens an interactive {@link TemplateRepl} on the breakpoint's context in the
     * given terminal (prompts, history and completion on a real terminal; only results on a dumb
     * one). Leaving it with {@code exit} or Ctrl-D resumes the render.
     *
     * @param engine the engine
     * @param terminal the terminal
     * @return the console
     */
    public static ReplConsole terminalConsole(Engine engine, Terminal terminal) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(terminal, "terminal");
        return point -> {
            String where = (point.templateName() == null ? "<string>" : point.templateName()) + ":" + point.line();
            TemplateRepl repl = TemplateRepl.builder(engine)
                    .terminal(terminal)
                    .liveContext(point.context())
                    .banner("Paused at {% repl %} in " + where
                            + ": the render's variables are live. exit or Ctrl-D resumes rendering.")
                    .build();
            repl.run();
        };
    }
}

package io.github.toolshed.template.spring;

import io.github.toolshed.template.Engine;
import io.github.toolshed.template.repl.Breakpoints;
import io.github.toolshed.template.repl.ReplConsole;
import java.io.Console;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * {@code {% repl %}} on the server's terminal: each render runs with a console attached that opens
 * the REPL in the process's terminal. One breakpoint at a time holds the terminal; another request
 * reaching a breakpoint meanwhile waits for it (this is a development aid, off by default).
 */
final class ConsoleBreakpoints implements ViewBreakpoints {

    private static final Log LOG = LogFactory.getLog(ConsoleBreakpoints.class);

    private final ReentrantLock terminalLock = new ReentrantLock();
    private final ReplConsole console;

    ConsoleBreakpoints(Engine engine, Supplier<Terminal> terminal) {
        this.console = point -> {
            terminalLock.lock();
            try {
                Breakpoints.terminalConsole(engine, terminal.get()).breakpoint(point);
            } finally {
                terminalLock.unlock();
            }
        };
    }

    /**
     * Returns breakpoints on this process's terminal, or {@link #NONE} (nothing ever blocks) when
     * the process has no interactive console, as under a service manager or in a container.
     */
    static ViewBreakpoints forProcess(Engine engine) {
        Console console = System.console();
        if (console == null || !console.isTerminal()) {
            LOG.warn("toolshed.template.repl.enabled is on, but this process has no terminal: {% repl %} renders nothing");
            return NONE;
        }
        LOG.warn("toolshed.template.repl.enabled is on: {% repl %} in a page pauses its request on this terminal");
        return new ConsoleBreakpoints(engine, new SystemTerminal());
    }

    @Override
    public void around(Runnable render) {
        Breakpoints.attach(console, () -> {
            render.run();
            return null;
        });
    }

    /** The process's terminal, opened on the first breakpoint and kept. */
    private static final class SystemTerminal implements Supplier<Terminal> {
        private Terminal terminal;

        @Override
        public synchronized Terminal get() {
            if (terminal == null) {
                try {
                    terminal = TerminalBuilder.builder().system(true).build();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot open the terminal for {% repl %}", e);
                }
            }
            return terminal;
        }
    }
}

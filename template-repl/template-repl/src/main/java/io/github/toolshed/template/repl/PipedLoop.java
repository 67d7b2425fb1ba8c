package io.github.toolshed.template.repl;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import org.jline.terminal.Terminal;

/**
 * The loop for a dumb terminal or piped input (scripts, tests): no prompts, no escape sequences,
 * only results. Lines are gathered while a block tag is open; at the end of input a pending
 * incomplete input is evaluated so its error is reported.
 */
final class PipedLoop {

    private final ReplSession session;
    private final Terminal terminal;

    PipedLoop(ReplSession session, Terminal terminal) {
        this.session = session;
        this.terminal = terminal;
    }

    /** Runs to {@code exit} or the end of input; returns 1 when an input failed, else 0. */
    int run() {
        boolean failed = false;
        PrintWriter out = terminal.writer();
        Reader in = terminal.reader();
        StringBuilder pending = new StringBuilder();
        try {
            String line;
            while ((line = readLine(in)) != null) {
                if (!pending.isEmpty()) {
                    pending.append('\n');
                }
                pending.append(line);
                String input = pending.toString();
                if (!session.isComplete(input)) {
                    continue;
                }
                pending.setLength(0);
                ReplSession.Result result = session.eval(input);
                TemplateRepl.print(out, result.text());
                failed |= result.failed();
                if (result.exit()) {
                    return failed ? 1 : 0;
                }
            }
            if (!pending.isEmpty()) {
                ReplSession.Result result = session.eval(pending.toString());
                TemplateRepl.print(out, result.text());
                failed |= result.failed();
            }
        } catch (org.jline.utils.ClosedException e) {
            // the terminal's input was closed: the end of input
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            out.flush();
        }
        return failed ? 1 : 0;
    }

    /**
     * Reads one line without reading ahead, so that the next reader of the same terminal (the
     * console of a later breakpoint) gets the rest of the input.
     */
    static String readLine(Reader in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                return line.toString();
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return c < 0 && line.isEmpty() ? null : line.toString();
    }
}

package io.github.toolshed.template.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
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

    void run() {
        PrintWriter out = terminal.writer();
        BufferedReader in = new BufferedReader(terminal.reader());
        StringBuilder pending = new StringBuilder();
        try {
            String line;
            while ((line = in.readLine()) != null) {
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
                if (result.exit()) {
                    return;
                }
            }
            if (!pending.isEmpty()) {
                TemplateRepl.print(out, session.eval(pending.toString()).text());
            }
        } catch (org.jline.utils.ClosedException e) {
            // the terminal's input was closed: the end of input
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            out.flush();
        }
    }
}

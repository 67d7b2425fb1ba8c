package io.github.toolshed.shell;

import java.io.PrintWriter;
import java.util.List;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandExecutor;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.ParsedInput;

/**
 * Runs one command given as words or as a line and returns its exit code: the part both the
 * non-interactive and the interactive runner share.
 *
 * <p>Output goes to the {@link CommandContext}'s writer; a failure's message goes to the error
 * writer as {@code toolshed: <command>: <message>}, with the exit code from {@link ExitCodes}.
 */
public final class CommandDispatcher {

    private final ToolshedCommandParser parser;
    private final CommandRegistry registry;
    private final CommandExecutor executor;
    private final boolean debug;

    /**
     * Creates a dispatcher.
     *
     * @param parser the parser
     * @param registry the commands
     * @param debug whether to print stack traces of internal errors
     */
    public CommandDispatcher(ToolshedCommandParser parser, CommandRegistry registry, boolean debug) {
        this.parser = parser;
        this.registry = registry;
        this.executor = new CommandExecutor(registry);
        this.debug = debug;
    }

    /**
     * Runs a command given as separate words (process arguments), each passed on intact.
     *
     * @param words the words
     * @param out where the command writes its output
     * @param err where failures are reported
     * @param input where the command may read input
     * @return the exit code
     */
    public int run(List<String> words, PrintWriter out, PrintWriter err, InputReader input) {
        return execute(() -> parser.parse(words), words.isEmpty() ? "" : words.getFirst(), out, err, input);
    }

    /**
     * Runs a command typed as one line, split with shell quoting rules.
     *
     * @param line the line
     * @param out where the command writes its output
     * @param err where failures are reported
     * @param input where the command may read input
     * @return the exit code
     */
    public int runLine(String line, PrintWriter out, PrintWriter err, InputReader input) {
        return execute(() -> parser.parse(line), "", out, err, input);
    }

    private interface Parse {
        ParsedInput get();
    }

    private int execute(Parse parse, String fallbackName, PrintWriter out, PrintWriter err, InputReader input) {
        ParsedInput parsed;
        try {
            parsed = parse.get();
        } catch (RuntimeException e) {
            return report(Failures.of(e), "", err, e);
        }
        String name = commandName(parsed);
        try {
            ExitStatus status = executor.execute(new CommandContext(parsed, registry, out, input));
            out.flush();
            return status.code() == ExitStatus.OK.code() ? ExitCodes.OK : report(Failures.of(status), name, err, null);
        } catch (RuntimeException e) {
            out.flush();
            return report(Failures.of(e), name.isEmpty() ? fallbackName : name, err, e);
        }
    }

    private static String commandName(ParsedInput parsed) {
        if (parsed.subCommands().isEmpty()) {
            return parsed.commandName();
        }
        return parsed.commandName() + " " + String.join(" ", parsed.subCommands());
    }

    private int report(Failures.Failure failure, String name, PrintWriter err, Throwable thrown) {
        String prefix = name.isEmpty() ? "toolshed: " : "toolshed: " + name + ": ";
        err.println(prefix + failure.message());
        if (debug && thrown != null && failure.exitCode() == ExitCodes.INTERNAL) {
            thrown.printStackTrace(err);
        }
        err.flush();
        return failure.exitCode();
    }
}

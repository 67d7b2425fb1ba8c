package io.github.toolshed.shell;

import java.util.List;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;

/**
 * Reads a command's positional arguments with exact arity checks.
 *
 * <p>Spring Shell 4.0's {@code @Argument} fills a missing argument with its default (an empty
 * string) and ignores extra ones; commands read positional arguments through this class instead,
 * so a forgotten or surplus argument is a usage error that names it.
 */
public final class Args {

    private Args() {}

    /**
     * Returns the arguments, checking that there are at least {@code required.length} and at most
     * {@code required.length + optional.length}.
     *
     * @param context the command context
     * @param usage the usage line printed with errors, e.g. {@code "surlex match PATTERN SUBJECT"}
     * @param required names of the required arguments, in order
     * @param optional names of the optional arguments that may follow
     * @return the argument values, in order
     * @throws ShellException a usage error naming the missing or surplus argument
     */
    public static List<String> of(CommandContext context, String usage, List<String> required, List<String> optional) {
        List<String> values = context.parsedInput().arguments().stream().map(CommandArgument::value).toList();
        if (values.size() < required.size()) {
            throw ShellException.usage("missing " + required.get(values.size()) + "\nusage: " + usage);
        }
        if (values.size() > required.size() + optional.size()) {
            String extra = values.get(required.size() + optional.size());
            throw ShellException.usage("unexpected argument '" + extra + "'"
                    + " (quote a value that contains spaces)\nusage: " + usage);
        }
        return values;
    }

    /**
     * Returns exactly the required arguments.
     *
     * @param context the command context
     * @param usage the usage line printed with errors
     * @param required names of the arguments, in order
     * @return the argument values, in order
     * @throws ShellException a usage error naming the missing or surplus argument
     */
    public static List<String> exactly(CommandContext context, String usage, String... required) {
        return of(context, usage, List.of(required), List.of());
    }
}

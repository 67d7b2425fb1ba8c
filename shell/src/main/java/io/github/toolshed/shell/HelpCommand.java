package io.github.toolshed.shell;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.stereotype.Component;

/**
 * The {@code help} command: the list of commands, or one command's usage, options and examples.
 *
 * <p>It replaces Spring Shell's built-in help, which shows neither the usage text nor examples.
 * {@code help surlex match} and {@code surlex match --help} print the same text.
 */
@Component
public final class HelpCommand implements Command {

    @Override
    public String getName() {
        return "help";
    }

    @Override
    public String getDescription() {
        return "List the commands, or show one command's usage and examples";
    }

    @Override
    public String getGroup() {
        return "Built-In Commands";
    }

    @Override
    public String getHelp() {
        return """
                usage: help [COMMAND...]

                Lists the commands, or shows the usage, options and examples of one command.

                examples:
                  help
                  help surlex match
                """;
    }

    /**
     * Prints the help.
     *
     * @param context the command context
     * @return {@link ExitStatus#OK}
     * @throws ShellException a usage error for an unknown command
     */
    @Override
    public ExitStatus execute(CommandContext context) {
        PrintWriter out = context.outputWriter();
        List<String> words = context.parsedInput().arguments().stream().map(CommandArgument::value).toList();
        if (context.parsedInput().options().stream().anyMatch(o -> "help".equals(o.longName()))) {
            out.print(getHelp());
        } else if (words.isEmpty()) {
            out.print(overview(context));
        } else {
            String name = String.join(" ", words);
            Command command = context.commandRegistry().getCommandByName(name);
            if (command == null) {
                List<Command> group = context.commandRegistry().getCommands().stream()
                        .filter(c -> c.getName().startsWith(name + " "))
                        .sorted(Comparator.comparing(Command::getName))
                        .toList();
                if (group.isEmpty()) {
                    throw ShellException.usage("no command '" + name + "'; try 'help'");
                }
                group.forEach(c -> out.printf("  %-18s %s%n", c.getName(), c.getDescription()));
            } else {
                out.print(text(command));
            }
        }
        out.flush();
        return ExitStatus.OK;
    }

    /**
     * Returns a command's help text, ending with a newline.
     *
     * @param command the command
     * @return its usage, options and examples
     */
    static String text(Command command) {
        String help = command.getHelp();
        if (help == null || help.isBlank()) {
            return command.getName() + " - " + command.getDescription() + "\n";
        }
        return help.endsWith("\n") ? help : help + "\n";
    }

    private static String overview(CommandContext context) {
        Map<String, List<Command>> groups = new TreeMap<>();
        context.commandRegistry().getCommands().stream()
                .filter(c -> !c.isHidden())
                .sorted(Comparator.comparing(Command::getName))
                .forEach(c -> groups.computeIfAbsent(c.getGroup(), g -> new java.util.ArrayList<>()).add(c));
        StringBuilder text = new StringBuilder("Toolshed shell commands\n");
        groups.forEach((group, commands) -> {
            text.append('\n').append(group).append('\n');
            text.append(commands.stream()
                    .map(c -> String.format("  %-18s %s", c.getName(), c.getDescription()))
                    .collect(Collectors.joining("\n")));
            text.append('\n');
        });
        text.append("""

                'help COMMAND' or 'COMMAND --help' shows usage and examples.
                Exit codes: 0 ok, 1 not found or refused, 2 usage error, 3 I/O error, 70 internal error.
                """);
        return text.toString();
    }
}

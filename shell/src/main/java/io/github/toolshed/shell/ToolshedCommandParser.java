package io.github.toolshed.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ParsedInput;

/**
 * Turns words into Spring Shell's {@link ParsedInput} without ever splitting or unquoting a word
 * again, replacing Spring Shell 4.0's {@code DefaultCommandParser}.
 *
 * <p>The default parser joins the process arguments with spaces and splits them again on
 * whitespace outside double quotes, so {@code '{"a": 1}'} or a directory name with a space
 * arrives as several arguments, single quotes are not understood, and unknown options are
 * silently dropped. This parser takes the words as they are: in non-interactive mode the
 * process arguments ({@link #parse(List)}), interactively a line split with shell quoting rules
 * ({@link #parse(String)}, see {@link CommandLineTokenizer}).
 *
 * <p>Rules: the longest run of leading words naming a registered command is the command; then
 * {@code --name value}, {@code --name=value}, {@code -x value} set options (a value is the next
 * word, whatever it looks like; boolean options take no value unless written {@code --flag=false});
 * {@code --help}/{@code -h} asks for the command's help; {@code --} ends the options, so
 * arguments starting with {@code -} can follow; every other word is an argument. Unknown commands
 * and options, missing values and repeated options are usage errors.
 */
public final class ToolshedCommandParser implements CommandParser {

    private static final CommandOption HELP =
            CommandOption.with().shortName('h').longName("help").value("true").type(boolean.class).build();

    private final CommandRegistry registry;

    /**
     * Creates a parser over the registered commands.
     *
     * @param registry the command registry
     */
    public ToolshedCommandParser(CommandRegistry registry) {
        this.registry = registry;
    }

    /**
     * Parses an interactive input line.
     *
     * @param input the line
     * @return the parsed input
     * @throws ShellException a usage error
     */
    @Override
    public ParsedInput parse(String input) {
        return parse(CommandLineTokenizer.split(input));
    }

    /**
     * Parses words that are already split, such as the process arguments.
     *
     * @param words the command name words, options and arguments
     * @return the parsed input
     * @throws ShellException a usage error
     */
    public ParsedInput parse(List<String> words) {
        if (words.isEmpty()) {
            throw ShellException.usage("no command given; try 'help'");
        }
        int nameLength = commandNameLength(words);
        Command command = registry.getCommandByName(String.join(" ", words.subList(0, nameLength)));
        ParsedInput.Builder builder = ParsedInput.builder().commandName(words.getFirst());
        words.subList(1, nameLength).forEach(builder::addSubCommand);
        List<String> rest = words.subList(nameLength, words.size());
        List<CommandOption> options = new ArrayList<>();
        List<String> arguments = new ArrayList<>();
        boolean help = false;
        for (int i = 0; i < rest.size(); i++) {
            String word = rest.get(i);
            if (word.equals("--")) {
                arguments.addAll(rest.subList(i + 1, rest.size()));
                break;
            }
            if (word.equals("--help") || word.equals("-h")) {
                help = true;
            } else if (isOption(word)) {
                i = option(command, rest, i, options);
            } else {
                arguments.add(word);
            }
        }
        if (help) {
            return builder.addOption(HELP).build();
        }
        options.forEach(builder::addOption);
        for (int i = 0; i < arguments.size(); i++) {
            builder.addArgument(new CommandArgument(i, arguments.get(i)));
        }
        return builder.build();
    }

    private int commandNameLength(List<String> words) {
        int found = 0;
        for (int n = 1; n <= words.size(); n++) {
            String name = String.join(" ", words.subList(0, n));
            if (registry.getCommandByName(name) != null) {
                found = n;
            } else if (subCommands(name).isEmpty()) {
                break;
            }
        }
        if (found > 0) {
            return found;
        }
        List<String> group = new ArrayList<>();
        for (String word : words) {
            if (isOption(word) || subCommands(String.join(" ", append(group, word))).isEmpty()) {
                break;
            }
            group.add(word);
        }
        if (!group.isEmpty()) {
            String name = String.join(" ", group);
            throw ShellException.usage("'" + name + "' needs a sub-command: "
                    + subCommands(name).stream().map(Command::getName).sorted().collect(Collectors.joining(", ")));
        }
        throw ShellException.usage("unknown command '" + words.getFirst() + "'" + suggestion(words.getFirst())
                + "; try 'help'");
    }

    private static List<String> append(List<String> list, String word) {
        List<String> copy = new ArrayList<>(list);
        copy.add(word);
        return copy;
    }

    private List<Command> subCommands(String prefix) {
        return registry.getCommands().stream()
                .filter(c -> c.getName().startsWith(prefix + " "))
                .sorted(Comparator.comparing(Command::getName))
                .toList();
    }

    private String suggestion(String word) {
        Set<String> roots = new HashSet<>();
        registry.getCommands().stream().filter(c -> !c.isHidden()).forEach(c -> roots.add(c.getName().split(" ")[0]));
        return roots.stream()
                .filter(root -> Similarity.close(word, root))
                .sorted()
                .findFirst()
                .map(root -> " (did you mean '" + root + "'?)")
                .orElse("");
    }

    private static boolean isOption(String word) {
        return word.length() > 1 && word.startsWith("-");
    }

    private static int option(Command command, List<String> rest, int index, List<CommandOption> parsed) {
        String word = rest.get(index);
        boolean longForm = word.startsWith("--");
        String body = word.substring(longForm ? 2 : 1);
        int equals = body.indexOf('=');
        String name = equals < 0 ? body : body.substring(0, equals);
        CommandOption declared = command.getOptions().stream()
                .filter(o -> longForm ? name.equals(o.longName()) : name.length() == 1 && o.shortName() == name.charAt(0))
                .findFirst()
                .orElseThrow(() -> ShellException.usage("unknown option '" + word + "' for '" + command.getName()
                        + "'" + known(command) + " (put '--' before an argument that starts with '-')"));
        String longName = declared.longName();
        if (parsed.stream().anyMatch(o -> o.longName() != null && o.longName().equals(longName))) {
            throw ShellException.usage("option '--" + longName + "' given twice");
        }
        String value;
        int next = index;
        if (equals >= 0) {
            value = body.substring(equals + 1);
        } else if (declared.type() == boolean.class || declared.type() == Boolean.class) {
            value = "true";
        } else if (index + 1 < rest.size()) {
            value = rest.get(index + 1);
            next = index + 1;
        } else {
            throw ShellException.usage("option '--" + longName + "' needs a value");
        }
        parsed.add(CommandOption.with()
                .shortName(declared.shortName())
                .longName(longName)
                .type(declared.type())
                .value(value)
                .build());
        return next;
    }

    private static String known(Command command) {
        if (command.getOptions().isEmpty()) {
            return ", which takes no options";
        }
        return "; options: " + command.getOptions().stream().map(o -> "--" + o.longName()).collect(Collectors.joining(", "));
    }
}

package io.github.toolshed.shell.gotocmd;

import io.github.toolshed.gotocli.CorruptLine;
import io.github.toolshed.gotocli.GotoException;
import io.github.toolshed.gotocli.Target;
import io.github.toolshed.gotocli.TargetStore;
import io.github.toolshed.shell.Args;
import io.github.toolshed.shell.ExitCodes;
import io.github.toolshed.shell.ShellException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * The {@code goto} commands: manage the directory aliases of the {@code goto} command line tool
 * (the same targets file). They cannot change the calling shell's directory: a child process
 * never can, which is why jumping is done by the {@code goto} shell function.
 */
@Component
public class GotoCommands {

    private static final String GROUP = "Goto";
    private static final String NOTE = """

            These commands edit the aliases of the goto tool ($GOTO_TARGETS, else
            $XDG_CONFIG_HOME/goto/targets, else ~/.config/goto/targets). They cannot change your
            shell's directory; to jump, use the goto shell function (eval "$(goto init bash)").
            """;

    private final TargetStore store;

    /**
     * Creates the commands over a targets file.
     *
     * @param store the aliases
     */
    public GotoCommands(TargetStore store) {
        this.store = store;
    }

    /**
     * Lists the aliases, aligned, marking directories that no longer exist.
     *
     * @param context the command context
     */
    @Command(name = {"goto", "list"}, group = GROUP, description = "List the goto aliases",
            help = """
                    usage: goto list

                    Lists the aliases as 'name  directory', aligned; a directory that does not
                    exist any more is marked '(missing)'. Corrupt lines of the file are reported
                    with their line numbers (they are kept in the file).

                    example:
                      goto list
                    """ + NOTE)
    public void list(CommandContext context) {
        Args.exactly(context, "goto list");
        List<Target> targets = call(store::list);
        PrintWriter out = context.outputWriter();
        int width = targets.stream().mapToInt(t -> t.name().length()).max().orElse(0);
        for (Target t : targets) {
            String missing = Files.isDirectory(t.directory()) ? "" : "  (missing)";
            out.println(String.format("%-" + width + "s  %s%s", t.name(), t.directory(), missing));
        }
        for (CorruptLine line : call(store::corruptLines)) {
            out.println("warning: line " + line.line() + " of " + store.file() + " is corrupt: " + line.reason());
        }
        if (targets.isEmpty()) {
            out.println("no aliases yet; add one with: goto add NAME [DIR]");
        }
    }

    /**
     * Adds an alias for a directory, by default the current one.
     *
     * @param force replace an existing alias of that name
     * @param context the command context
     */
    @Command(name = {"goto", "add"}, group = GROUP, description = "Add an alias for a directory",
            help = """
                    usage: goto add [--force] NAME [DIR]

                    Adds NAME for DIR (default: the shell app's current directory). DIR must be an
                    existing directory; a relative DIR is resolved against the current directory.
                    An existing NAME is only replaced with --force.

                    options:
                      --force, -f   replace an existing alias

                    examples:
                      goto add proj /srv/projects/toolshed
                      goto add docs 'My Documents/notes'
                      goto add --force proj /srv/toolshed
                    """ + NOTE)
    public void add(
            @Option(longName = "force", shortName = 'f', description = "replace an existing alias") boolean force,
            CommandContext context) {
        List<String> args = Args.of(context, "goto add [--force] NAME [DIR]", List.of("NAME"), List.of("DIR"));
        Path cwd = Path.of(System.getProperty("user.dir"));
        Path dir = args.size() > 1 ? cwd.resolve(args.get(1)).toAbsolutePath().normalize() : cwd;
        if (!Files.isDirectory(dir)) {
            throw ShellException.failure("not a directory: " + dir);
        }
        Target target = call(() -> new Target(args.get(0), dir));
        call(() -> {
            store.add(target, force);
            return null;
        });
        context.outputWriter().println(target.name() + "  " + target.directory());
    }

    /**
     * Removes an alias.
     *
     * @param context the command context
     */
    @Command(name = {"goto", "remove"}, group = GROUP, completionProvider = "gotoAliasCompletion", description = "Remove an alias",
            help = """
                    usage: goto remove NAME

                    Removes the alias NAME (exit code 1 if there is none).

                    example:
                      goto remove proj
                    """ + NOTE)
    public void remove(CommandContext context) {
        String name = Args.exactly(context, "goto remove NAME", "NAME").getFirst();
        Target removed = call(() -> store.remove(name));
        context.outputWriter().println("removed " + removed.name() + "  " + removed.directory());
    }

    /**
     * Renames an alias.
     *
     * @param context the command context
     */
    @Command(name = {"goto", "rename"}, group = GROUP, completionProvider = "gotoAliasCompletion", description = "Rename an alias",
            help = """
                    usage: goto rename OLD NEW

                    Renames the alias OLD to NEW, keeping its directory and its place in the file.

                    example:
                      goto rename proj toolshed
                    """ + NOTE)
    public void rename(CommandContext context) {
        List<String> args = Args.exactly(context, "goto rename OLD NEW", "OLD", "NEW");
        call(() -> {
            store.rename(args.get(0), args.get(1));
            return null;
        });
        context.outputWriter().println("renamed " + args.get(0) + " to " + args.get(1));
    }

    private interface Call<T> {
        T get();
    }

    private static <T> T call(Call<T> call) {
        try {
            return call.get();
        } catch (GotoException e) {
            throw new ShellException(ExitCodes.FAILURE, e.getMessage(), e);
        }
    }
}

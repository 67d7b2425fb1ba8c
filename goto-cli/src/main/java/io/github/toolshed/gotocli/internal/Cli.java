package io.github.toolshed.gotocli.internal;

import io.github.toolshed.gotocli.CorruptLine;
import io.github.toolshed.gotocli.GotoException;
import io.github.toolshed.gotocli.Target;
import io.github.toolshed.gotocli.TargetStore;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Parses the arguments of {@code goto} and runs the command, writing UTF-8 bytes to the given
 * streams. Exit statuses: 0 success, 1 not found or refused, 2 usage error.
 */
public final class Cli {

    static final String USAGE = """
            usage: goto NAME[/sub/dir]          jump to an alias (through the shell function)
                   goto -0 NAME                 print the alias's directory and a NUL (scripts)
                   goto -                       jump back to the previous directory
                   goto [-l | --list]           list aliases (missing directories are marked)
                   goto -a | --add NAME [DIR]   add an alias for DIR (default: here); -f overwrites
                   goto -r | --remove NAME      remove an alias
                   goto --rename OLD NEW        rename an alias
                   goto --import FILE [-f]      add the name=path pairs of FILE
                   goto init bash|zsh|fish      print the shell integration
                   goto --complete PREFIX       print alias names for completion
                   goto -h | --help             show this help
                   goto --version               show the version

            NAME may be an alias, a unique prefix of one or a unique subsequence (pj -> projects).
            Aliases live in $GOTO_TARGETS, else $XDG_CONFIG_HOME/goto/targets,
            else ~/.config/goto/targets. Shell setup: eval "$(goto init bash)" in ~/.bashrc.
            """;

    private final Map<String, String> env;
    private final Path workingDirectory;
    private final OutputStream out;
    private final OutputStream err;

    /**
     * Creates a command line.
     *
     * @param env the environment (HOME, PWD, XDG_CONFIG_HOME, GOTO_TARGETS)
     * @param workingDirectory the process's working directory
     * @param out where data goes (paths, listings, scripts)
     * @param err where messages go
     */
    public Cli(Map<String, String> env, Path workingDirectory, OutputStream out, OutputStream err) {
        this.env = env;
        this.workingDirectory = workingDirectory;
        this.out = out;
        this.err = err;
    }

    /**
     * Runs one command.
     *
     * @param args the arguments after {@code goto}
     * @return the exit status
     */
    public int run(String[] args) {
        try {
            return dispatch(args);
        } catch (UsageException e) {
            message(e.getMessage() + " (see goto --help)");
            return 2;
        } catch (GotoException e) {
            message(e.getMessage());
            return 1;
        } catch (InvalidPathException e) {
            message("invalid path: " + display(e.getMessage()));
            return 1;
        }
    }

    private int dispatch(String[] args) {
        if (args.length == 0) {
            return list();
        }
        String first = args[0];
        if (args.length <= 2 && (first.equals("--complete"))) {
            return new Completion(store()).complete(args.length == 2 ? args[1] : "", out);
        }
        if (first.equals("init")) {
            if (args.length != 2) {
                throw new UsageException("init needs one shell: bash, zsh or fish");
            }
            write(out, ShellScripts.script(args[1]));
            return 0;
        }
        Arguments a = Arguments.parse(args);
        return switch (a.command()) {
            case "jump" -> jump(a.one("NAME"), a.nul() ? "\0" : "\n");
            case "--list" -> a.none() ? list() : 2;
            case "--add" -> add(a);
            case "--remove" -> remove(a.one("NAME"));
            case "--rename" -> rename(a);
            case "--import" -> importFile(a);
            case "--help" -> a.none() ? help() : 2;
            case "--version" -> a.none() ? version() : 2;
            case "-" -> throw new GotoException(
                    "'goto -' is handled by the shell function; load it with eval \"$(goto init bash)\"");
            default -> throw new UsageException("unknown option '" + a.command() + "'");
        };
    }

    private TargetStore store() {
        return TargetStore.fromEnvironment(env);
    }

    private Storage storage() {
        return new Storage(TargetStore.locate(env), env.get("HOME"));
    }

    private int jump(String query, String terminator) {
        TargetsFile file = storage().read();
        List<Target> targets = file.targets();
        // instanceof rather than a pattern switch: a type switch bootstraps through
        // invokedynamic, which costs start-up time on every jump.
        Matcher.Result result = Matcher.match(query, targets);
        if (result instanceof Matcher.Found found) {
            Path dir = found.target().directory();
            if (!found.rest().isEmpty()) {
                dir = dir.resolve(found.rest()).normalize();
            }
            if (!Files.isDirectory(dir)) {
                String what = found.rest().isEmpty()
                        ? "directory of alias '" + found.target().name() + "' is missing: "
                        : "no directory '" + display(found.rest()) + "' below alias '" + found.target().name() + "': ";
                throw new GotoException(what + display(dir.toString()));
            }
            write(out, dir.toString() + terminator);
            return 0;
        }
        if (result instanceof Matcher.Ambiguous ambiguous) {
            StringBuilder text = new StringBuilder();
            text.append("goto: '").append(display(query)).append("' matches several aliases; did you mean:\n");
            for (String name : ambiguous.candidates()) {
                text.append("  ").append(name).append('\n');
            }
            write(err, text.toString());
            return 1;
        }
        reportCorrupt(file.corrupt());
        List<String> suggestions = ((Matcher.NotFound) result).suggestions();
        StringBuilder text = new StringBuilder("no alias '").append(display(query)).append('\'');
        if (!suggestions.isEmpty()) {
            text.append("; did you mean '").append(String.join("' or '", suggestions)).append("'?");
        } else if (targets.isEmpty()) {
            text.append(" (no aliases yet: goto -a NAME [DIR])");
        } else {
            text.append(" (goto -l lists them)");
        }
        throw new GotoException(text.toString());
    }

    private int list() {
        TargetsFile file = storage().read();
        List<Target> targets = file.targets();
        int width = 0;
        for (Target t : targets) {
            width = Math.max(width, t.name().length());
        }
        StringBuilder text = new StringBuilder();
        for (Target t : targets) {
            text.append(t.name()).append(" ".repeat(width - t.name().length() + 2));
            text.append(display(t.directory().toString()));
            if (!Files.isDirectory(t.directory())) {
                text.append("  (missing)");
            }
            text.append('\n');
        }
        write(out, text.toString());
        if (targets.isEmpty()) {
            message("no aliases yet; add one with goto -a NAME [DIR]");
        }
        reportCorrupt(file.corrupt());
        return 0;
    }

    private int add(Arguments a) {
        List<String> words = a.words();
        if (words.isEmpty() || words.size() > 2) {
            throw new UsageException("--add needs NAME and optionally DIR");
        }
        String name = Target.checkName(words.get(0));
        Path here = here();
        Path dir;
        try {
            dir = words.size() == 2 ? here.resolve(words.get(1)).normalize() : here;
        } catch (InvalidPathException e) {
            throw new GotoException("invalid directory: " + e.getMessage(), e);
        }
        if (!Files.isDirectory(dir)) {
            throw new GotoException("not a directory: " + display(dir.toString()));
        }
        TargetStore store = store();
        store.add(new Target(name, dir), a.force());
        reportCorrupt(store.corruptLines());
        return 0;
    }

    /** The shell's logical directory ($PWD, which keeps symlinks) when it is where we are. */
    private Path here() {
        String pwd = env.get("PWD");
        if (pwd != null && pwd.startsWith("/")) {
            try {
                Path logical = Path.of(pwd);
                if (Files.isSameFile(logical, workingDirectory)) {
                    return logical.normalize();
                }
            } catch (IOException | InvalidPathException e) {
                // A stale or odd PWD: fall back to the physical directory.
            }
        }
        return workingDirectory;
    }

    private int remove(String name) {
        store().remove(name);
        return 0;
    }

    private int rename(Arguments a) {
        if (a.words().size() != 2) {
            throw new UsageException("--rename needs OLD and NEW");
        }
        store().rename(a.words().get(0), a.words().get(1));
        return 0;
    }

    private int importFile(Arguments a) {
        Path source = here().resolve(a.one("FILE"));
        Import.Result result = Import.read(source, env.get("HOME"));
        List<String> skipped = result.targets().isEmpty() ? List.of() : store().addAll(result.targets(), a.force());
        for (String problem : result.problems()) {
            message(problem);
        }
        for (String name : skipped) {
            message("alias '" + name + "' already exists, not imported (use -f to overwrite)");
        }
        int imported = result.targets().size() - skipped.size();
        message("imported " + imported + " alias" + (imported == 1 ? "" : "es") + " from " + display(source.toString()));
        return result.problems().isEmpty() && skipped.isEmpty() ? 0 : 1;
    }

    private int help() {
        write(out, USAGE);
        return 0;
    }

    private int version() {
        String v = Cli.class.getPackage().getImplementationVersion();
        write(out, "goto " + (v == null ? "dev" : v) + "\n");
        return 0;
    }

    private void reportCorrupt(List<CorruptLine> corrupt) {
        for (CorruptLine c : corrupt) {
            message(display(storage().file().toString()) + ":" + c.line() + ": " + c.reason() + " (line kept)");
        }
    }

    private void message(String text) {
        write(err, "goto: " + text + "\n");
    }

    static void write(OutputStream stream, String text) {
        try {
            stream.write(text.getBytes(StandardCharsets.UTF_8));
            stream.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns text with control characters and backslashes escaped, for one-line display. */
    static String display(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean plain = c >= 0x20 && c != 0x7f && c != '\\';
            if (plain && out == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (plain) {
                        out.append(c);
                    } else {
                        out.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
                    }
                }
            }
        }
        return out == null ? text : out.toString();
    }
}

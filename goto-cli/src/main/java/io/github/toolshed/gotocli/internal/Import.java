package io.github.toolshed.gotocli.internal;

import io.github.toolshed.gotocli.GotoException;
import io.github.toolshed.gotocli.Target;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code name=path} pairs of the original goto script's configuration.
 *
 * <p>One pair per line; blank lines and {@code #} comments are skipped; spaces around the name
 * and the path are ignored; the path may be wrapped in single or double quotes and may start
 * with {@code ~/}. Relative paths, invalid names and repeated names are reported with their
 * line numbers and not imported.
 */
final class Import {

    private Import() {}

    /** The aliases read and a message for each line that could not be imported. */
    record Result(List<Target> targets, List<String> problems) {}

    static Result read(Path file, String home) {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GotoException("cannot read " + Cli.display(file.toString()) + ": " + e.getMessage(), e);
        }
        List<Target> targets = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = Cli.display(file.toString()) + ":" + number + ": ";
            int eq = line.indexOf('=');
            if (eq < 0) {
                problems.add(where + "expected name=path");
                continue;
            }
            String name = line.substring(0, eq).strip();
            String path = unquote(line.substring(eq + 1).strip());
            if (home != null && (path.equals("~") || path.startsWith("~/"))) {
                path = home + path.substring(1);
            }
            try {
                Target target = new Target(name, Path.of(path).normalize());
                Integer first = seen.putIfAbsent(name, number);
                if (first != null) {
                    problems.add(where + "duplicate alias '" + name + "' (first on line " + first + ")");
                    continue;
                }
                targets.add(target);
            } catch (GotoException | InvalidPathException e) {
                problems.add(where + e.getMessage());
            }
        }
        return new Result(targets, problems);
    }

    private static String unquote(String value) {
        if (value.length() >= 2) {
            char first = value.charAt(0);
            if ((first == '\'' || first == '"') && value.charAt(value.length() - 1) == first) {
                return value.substring(1, value.length() - 1);
            }
        }
        return value;
    }
}

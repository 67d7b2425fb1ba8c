package io.github.toolshed.gotocli.internal;

import io.github.toolshed.gotocli.CorruptLine;
import io.github.toolshed.gotocli.GotoException;
import io.github.toolshed.gotocli.Target;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The contents of a targets file, line by line, so that a rewrite keeps comments, blank lines
 * and corrupt lines where they were.
 *
 * <p>Format, one line each: {@code # comment} (perhaps indented), a blank line, or {@code name TAB path}. In the
 * path, {@code \\}, {@code \n}, {@code \t} and {@code \r} stand for a backslash, newline, tab
 * and carriage return; every other character is literal. A path may start with {@code ~/},
 * meaning the home directory (handy when editing by hand; goto itself writes absolute paths).
 * A carriage return at the end of a line (a file saved with CRLF) is ignored.
 */
public final class TargetsFile {

    /** One line of the file. */
    public sealed interface Line permits Text, Entry, Corrupt {}

    /** A comment or blank line, kept verbatim. */
    public record Text(String text) implements Line {}

    /** An alias; {@code raw} is its original line, or null for one added since reading. */
    public record Entry(Target target, String raw) implements Line {}

    /** A line that is not an alias, kept verbatim. */
    public record Corrupt(CorruptLine line) implements Line {}

    private final List<Line> lines;

    private TargetsFile(List<Line> lines) {
        this.lines = lines;
    }

    /** Returns an empty file. */
    public static TargetsFile empty() {
        return new TargetsFile(new ArrayList<>());
    }

    /**
     * Parses the text of a targets file.
     *
     * @param content the file's text
     * @param home the home directory that a leading {@code ~/} stands for, or null
     * @return the parsed lines; never throws for bad lines, which become {@link Corrupt}
     */
    public static TargetsFile parse(String content, String home) {
        List<Line> lines = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int start = 0;
        int number = 0;
        int length = content.length();
        while (start < length) {
            int end = content.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            number++;
            String raw = content.substring(start, end);
            start = end + 1;
            lines.add(parseLine(raw, number, home, seen));
        }
        return new TargetsFile(lines);
    }

    private static Line parseLine(String raw, int number, String home, Map<String, Integer> seen) {
        String text = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
        if (text.isBlank() || text.strip().charAt(0) == '#') {
            return new Text(raw);
        }
        int tab = text.indexOf('\t');
        if (tab < 0) {
            return corrupt(number, raw, "no tab between name and path");
        }
        String name = text.substring(0, tab);
        String path = unescape(text, tab + 1);
        if (path == null) {
            return corrupt(number, raw, "bad escape in path (use \\\\, \\n, \\t or \\r)");
        }
        if (home != null && (path.equals("~") || path.startsWith("~/"))) {
            path = home + path.substring(1);
        }
        Integer first = seen.putIfAbsent(name, number);
        if (first != null) {
            return corrupt(number, raw, "duplicate alias '" + name + "' (first on line " + first + ")");
        }
        try {
            return new Entry(new Target(name, Path.of(path)), raw);
        } catch (GotoException | InvalidPathException e) {
            seen.remove(name, number);
            return corrupt(number, raw, e.getMessage());
        }
    }

    private static Corrupt corrupt(int number, String raw, String reason) {
        return new Corrupt(new CorruptLine(number, raw, reason));
    }

    /** Returns the escaped form of a path, safe on one line. */
    public static String escape(String path) {
        StringBuilder out = new StringBuilder(path.length() + 8);
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Undoes {@link #escape}, starting at {@code from}; null on a malformed escape. */
    static String unescape(String text, int from) {
        if (text.indexOf('\\', from) < 0) {
            return text.substring(from);
        }
        StringBuilder out = new StringBuilder(text.length() - from);
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i == text.length()) {
                return null;
            }
            switch (text.charAt(i)) {
                case '\\' -> out.append('\\');
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                default -> {
                    return null;
                }
            }
        }
        return out.toString();
    }

    /** Returns the file's text; untouched lines come out exactly as they were read. */
    public String format() {
        StringBuilder out = new StringBuilder();
        for (Line line : lines) {
            switch (line) {
                case Text t -> out.append(t.text());
                case Corrupt c -> out.append(c.line().text());
                case Entry e -> out.append(e.raw() != null ? e.raw() : formatEntry(e.target()));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String formatEntry(Target target) {
        return target.name() + '\t' + escape(target.directory().toString());
    }

    /** Returns the aliases in file order. */
    public List<Target> targets() {
        List<Target> out = new ArrayList<>();
        for (Line line : lines) {
            if (line instanceof Entry e) {
                out.add(e.target());
            }
        }
        return out;
    }

    /** Returns the lines that are not aliases, with their line numbers. */
    public List<CorruptLine> corrupt() {
        List<CorruptLine> out = new ArrayList<>();
        for (Line line : lines) {
            if (line instanceof Corrupt c) {
                out.add(c.line());
            }
        }
        return out;
    }

    /** Returns the alias of that name, or null. */
    public Target find(String name) {
        int i = indexOf(name);
        return i < 0 ? null : ((Entry) lines.get(i)).target();
    }

    private int indexOf(String name) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) instanceof Entry e && e.target().name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Adds an alias at the end, or replaces one of the same name in place.
     *
     * @throws GotoException when the name exists and {@code overwrite} is false
     */
    public void put(Target target, boolean overwrite) {
        int i = indexOf(target.name());
        if (i < 0) {
            lines.add(new Entry(target, null));
            return;
        }
        Target old = ((Entry) lines.get(i)).target();
        if (!overwrite) {
            throw new GotoException("alias '" + target.name() + "' already exists (" + Cli.display(old.directory().toString())
                    + "); use -f to overwrite");
        }
        lines.set(i, new Entry(target, null));
    }

    /**
     * Removes an alias.
     *
     * @return the removed alias
     * @throws GotoException when there is no such alias
     */
    public Target remove(String name) {
        int i = indexOf(name);
        if (i < 0) {
            throw new GotoException("no alias '" + name + "'");
        }
        return ((Entry) lines.remove(i)).target();
    }

    /**
     * Renames an alias in place.
     *
     * @throws GotoException when {@code from} does not exist or {@code to} does
     */
    public void rename(String from, String to) {
        Target.checkName(to);
        int i = indexOf(from);
        if (i < 0) {
            throw new GotoException("no alias '" + from + "'");
        }
        if (!from.equals(to) && indexOf(to) >= 0) {
            throw new GotoException("alias '" + to + "' already exists");
        }
        lines.set(i, new Entry(new Target(to, ((Entry) lines.get(i)).target().directory()), null));
    }
}

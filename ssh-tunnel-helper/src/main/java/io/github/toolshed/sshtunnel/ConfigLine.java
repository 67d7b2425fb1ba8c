package io.github.toolshed.sshtunnel;

import java.util.List;
import java.util.Locale;

/**
 * One line of an ssh_config file: its exact original text and, for a directive, the keyword and
 * the arguments as OpenSSH reads them (quotes removed, a trailing {@code # comment} dropped).
 *
 * @param number the 1-based line number
 * @param raw the line exactly as read, including its terminator ({@code \n}, {@code \r\n} or none)
 * @param kind blank, comment or directive
 * @param keyword the keyword as written (empty unless a directive)
 * @param args the arguments (empty unless a directive)
 */
public record ConfigLine(int number, String raw, Kind kind, String keyword, List<String> args) {

    /** What a line is. */
    public enum Kind {
        /** Empty or whitespace only. */
        BLANK,
        /** A line whose first word starts with {@code #}. */
        COMMENT,
        /** A keyword with arguments. */
        DIRECTIVE
    }

    /**
     * Creates a line; the arguments are copied.
     *
     * @param number the 1-based line number
     * @param raw the exact text with terminator
     * @param kind what the line is
     * @param keyword the keyword as written
     * @param args the arguments
     */
    public ConfigLine {
        args = List.copyOf(args);
    }

    /** @return the keyword in lower case, as OpenSSH compares keywords */
    public String key() {
        return keyword.toLowerCase(Locale.ROOT);
    }

    /** @return the line without its terminator */
    public String text() {
        if (raw.endsWith("\r\n")) {
            return raw.substring(0, raw.length() - 2);
        }
        return raw.endsWith("\n") ? raw.substring(0, raw.length() - 1) : raw;
    }

    /** @return whether this line is a directive with the given keyword (case-insensitive) */
    boolean is(String lowerKeyword) {
        return kind == Kind.DIRECTIVE && key().equals(lowerKeyword);
    }

    /** @return whether this line is {@code Match all}, which makes the following lines apply to every host */
    boolean isMatchAll() {
        return is("match") && args.size() == 1 && args.getFirst().equalsIgnoreCase("all");
    }

    /** @return the first argument, or an empty string */
    String firstArg() {
        return args.isEmpty() ? "" : args.getFirst();
    }
}

package io.github.toolshed.sshtunnel;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits ssh_config text into {@link ConfigLine}s the way OpenSSH 9.x's {@code readconf.c} does.
 *
 * <p>Grammar of one line (after trailing {@code " \t\r\n\f"} is stripped):
 *
 * <pre>
 * line     = ws* ( "#" any* | keyword sep args | "" )
 * keyword  = (any but ws, '"', '=')+
 * sep      = ws* ( "=" ws* )?
 * args     = ( ws* word )* ( ws* "#" any* )?      -- a word starting with '#' ends the line
 * word     = ( plain | '"' (any but '"')* '"' | "'" (any but "'")* "'" | escape )+
 * escape   = "\\" ( "'" | '"' | "\\" | " " (outside quotes) )
 * </pre>
 *
 * An unbalanced quote is an error, as in OpenSSH ("invalid quotes"); so is a NUL character, which
 * OpenSSH would silently truncate the line at.
 */
final class ConfigParser {

    private ConfigParser() {}

    static List<ConfigLine> parse(String text, String source) {
        List<ConfigLine> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl + 1;
            lines.add(parseLine(number++, start, text.substring(start, end), source));
            start = end;
        }
        return lines;
    }

    static ConfigLine parseLine(int number, int lineOffset, String raw, String source) {
        int nul = raw.indexOf('\0');
        if (nul >= 0) {
            throw error(source, number, lineOffset, nul, raw, "NUL character in line");
        }
        int len = raw.length();
        while (len > 0 && " \t\r\n\f".indexOf(raw.charAt(len - 1)) >= 0) {
            len--;
        }
        String s = raw.substring(0, len);
        int i = skip(s, 0, " \t\r\n");
        if (i >= s.length()) {
            return new ConfigLine(number, raw, ConfigLine.Kind.BLANK, "", List.of());
        }
        if (s.charAt(i) == '#') {
            return new ConfigLine(number, raw, ConfigLine.Kind.COMMENT, "", List.of());
        }
        int kwStart = i;
        String keyword;
        if (s.charAt(i) == '"') {
            int close = s.indexOf('"', i + 1);
            if (close < 0) {
                throw error(source, number, lineOffset, i, raw, "invalid quotes");
            }
            keyword = s.substring(i + 1, close);
            i = close + 1;
        } else {
            while (i < s.length() && " \t\r\n\"=".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            keyword = s.substring(kwStart, i);
        }
        i = skip(s, i, " \t\r\n");
        if (i < s.length() && s.charAt(i) == '=') {
            i = skip(s, i + 1, " \t\r\n");
        }
        return new ConfigLine(number, raw, ConfigLine.Kind.DIRECTIVE, keyword,
                splitArgs(s, i, source, number, lineOffset, raw));
    }

    /** OpenSSH's {@code argv_split(..., terminate_on_comment=1)}. */
    private static List<String> splitArgs(String s, int from, String source, int number, int lineOffset,
            String raw) {
        List<String> args = new ArrayList<>();
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
                continue;
            }
            if (c == '#') {
                break;
            }
            StringBuilder arg = new StringBuilder();
            char quote = 0;
            int quoteAt = -1;
            for (; i < s.length(); i++) {
                c = s.charAt(i);
                char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
                if (c == '\\' && (next == '\'' || next == '"' || next == '\\' || (quote == 0 && next == ' '))) {
                    arg.append(next);
                    i++;
                } else if (quote == 0 && (c == ' ' || c == '\t')) {
                    break;
                } else if (quote == 0 && (c == '"' || c == '\'')) {
                    quote = c;
                    quoteAt = i;
                } else if (quote != 0 && c == quote) {
                    quote = 0;
                } else {
                    arg.append(c);
                }
            }
            if (quote != 0) {
                throw error(source, number, lineOffset, quoteAt, raw, "invalid quotes");
            }
            args.add(arg.toString());
        }
        return args;
    }

    private static int skip(String s, int i, String chars) {
        while (i < s.length() && chars.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static ConfigSyntaxException error(String source, int line, int lineOffset, int index, String raw,
            String problem) {
        String text = raw.endsWith("\n") ? raw.substring(0, raw.length() - 1) : raw;
        return new ConfigSyntaxException(source, line, index + 1, lineOffset + index, text, problem);
    }
}

package io.github.toolshed.template.filters;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Django's {@code strip_tags}: keeps the text an HTML parser (Python's {@code HTMLParser}) reports
 * as data, drops tags, comments, declarations and processing instructions, and repeats until no
 * further tag disappears. Entity and character references are kept as references.
 */
final class TagStripper {

    private static final Pattern ENTITY = Pattern.compile("&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]");
    private static final Pattern CHARREF = Pattern.compile("&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]");
    private static final Pattern COMMENT_CLOSE = Pattern.compile("--\\s*>");
    private static final Pattern SECTION_NAME = Pattern.compile("[a-zA-Z][-_.a-zA-Z0-9]*\\s*");
    private static final Pattern SECTION_CLOSE = Pattern.compile("]\\s*]\\s*>");
    private static final Pattern MS_SECTION_CLOSE = Pattern.compile("]\\s*>");
    private static final Pattern END_TAG = Pattern.compile("</\\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\\s*>");

    private final String raw;
    private final StringBuilder out;
    private String cdataElement;
    private boolean stopped;

    private TagStripper(String raw) {
        this.raw = raw;
        this.out = new StringBuilder(raw.length());
    }

    /** Strips tags until the text holds no more tags the parser can recognise. */
    static String stripTags(String value) {
        String current = value;
        while (current.indexOf('<') >= 0 && current.indexOf('>') >= 0) {
            String next = new TagStripper(current).run();
            if (count(current, '<') == count(next, '<')) {
                break;
            }
            current = next;
        }
        return current;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /**
     * Feeds the whole text, then closes the parser: HTMLParser stops at incomplete constructs
     * while fed and resolves them (mostly as text) when closed.
     */
    private String run() {
        int n = raw.length();
        int i = parse(0, false);
        i = parse(i, true);
        if (i < n && cdataElement == null) {
            out.append(raw, i, n);
        }
        return out.toString();
    }

    /** Parses from {@code i}; returns where parsing stopped (the end, or an incomplete construct). */
    private int parse(int start, boolean end) {
        int n = raw.length();
        int i = start;
        while (i < n) {
            if (cdataElement != null) {
                Matcher close = Pattern.compile("</\\s*" + cdataElement + "\\s*>", Pattern.CASE_INSENSITIVE).matcher(raw);
                if (!close.find(i)) {
                    return i;
                }
                out.append(raw, i, close.start());
                i = close.end();
                cdataElement = null;
                continue;
            }
            int j = nextInteresting(i);
            out.append(raw, i, j);
            i = j;
            if (i >= n) {
                break;
            }
            stopped = false;
            int next = raw.charAt(i) == '<' ? markup(i, end) : reference(i, end);
            if (stopped) {
                return next;
            }
            i = next;
        }
        return i;
    }

    private int nextInteresting(int from) {
        for (int k = from; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (c == '<' || c == '&') {
                return k;
            }
        }
        return raw.length();
    }

    private int markup(int i, boolean closing) {
        int n = raw.length();
        int k;
        if (i + 1 < n && isLetter(raw.charAt(i + 1))) {
            k = startTag(i);
        } else if (raw.startsWith("</", i)) {
            k = endTag(i);
        } else if (raw.startsWith("<!--", i)) {
            Matcher close = COMMENT_CLOSE.matcher(raw);
            k = close.find(i + 4) ? close.end() : -1;
        } else if (raw.startsWith("<![", i)) {
            k = markedSection(i);
        } else if (raw.regionMatches(true, i, "<!doctype", 0, 9)) {
            int end = raw.indexOf('>', i + 9);
            k = end < 0 ? -1 : end + 1;
        } else if (raw.startsWith("<?", i) || raw.startsWith("<!", i)) {
            int end = raw.indexOf('>', i + 2);
            k = end < 0 ? -1 : end + 1;
        } else if (i + 1 < n) {
            out.append('<');
            return i + 1;
        } else {
            stopped = true;
            return i;
        }
        if (k < -1) {
            int endpos = -(k + 2);
            out.append(raw, i, endpos);
            return endpos;
        }
        if (k < 0 && !closing) {
            stopped = true;
            return i;
        }
        if (k < 0) {
            int gt = raw.indexOf('>', i + 1);
            if (gt < 0) {
                int lt = raw.indexOf('<', i + 1);
                k = lt < 0 ? i + 1 : lt;
            } else {
                k = gt + 1;
            }
            out.append(raw, i, k);
        }
        return k;
    }

    /**
     * Returns the end of a complete start tag, -1 when it is incomplete, or the negated end of a
     * malformed tag (whose text HTMLParser reports as data) minus two.
     */
    private int startTag(int i) {
        int n = raw.length();
        int k = i + 1;
        while (k < n && " \t\n\r\f/>\u0000".indexOf(raw.charAt(k)) < 0) {
            k++;
        }
        String name = raw.substring(i + 1, k).toLowerCase(Locale.ROOT);
        while (true) {
            while (k < n && (isSpace(raw.charAt(k)) || raw.charAt(k) == '/')) {
                k++;
            }
            if (k >= n || raw.charAt(k) == '>') {
                break;
            }
            char previous = raw.charAt(k - 1);
            if (!(previous == '\'' || previous == '"' || previous == '/' || isSpace(previous))) {
                break;
            }
            k++;
            while (k < n && !isSpace(raw.charAt(k)) && "/=>".indexOf(raw.charAt(k)) < 0) {
                k++;
            }
            k = attributeValue(k);
            while (k < n && (isSpace(raw.charAt(k)) || (raw.charAt(k) == '/' && !raw.startsWith("/>", k)))) {
                k++;
            }
        }
        while (k < n && isSpace(raw.charAt(k))) {
            k++;
        }
        if (k >= n) {
            return -1;
        }
        char next = raw.charAt(k);
        if (next == '>') {
            enter(name);
            return k + 1;
        }
        if (raw.startsWith("/>", k)) {
            return k + 2;
        }
        if (next == '/' || next == '=' || isLetter(next)) {
            return -1;
        }
        return -(Math.max(k, i + 1)) - 2;
    }

    /**
     * Consumes {@code \s*=+\s*value\s*} after an attribute name when HTMLParser's tolerant
     * pattern would: an unterminated quote falls back to an empty or bare value where the pattern
     * can backtrack to one, otherwise the attribute has no value.
     */
    private int attributeValue(int from) {
        int n = raw.length();
        int k = from;
        while (k < n && isSpace(raw.charAt(k))) {
            k++;
        }
        if (k >= n || raw.charAt(k) != '=') {
            return from;
        }
        int equals = k;
        while (k < n && raw.charAt(k) == '=') {
            k++;
        }
        int afterEquals = k;
        while (k < n && isSpace(raw.charAt(k))) {
            k++;
        }
        if (k < n && (raw.charAt(k) == '\'' || raw.charAt(k) == '"')) {
            int close = raw.indexOf(raw.charAt(k), k + 1);
            if (close >= 0) {
                k = close + 1;
            } else if (k > afterEquals) {
                k = afterEquals;
            } else if (afterEquals - equals > 1) {
                k = bareValue(afterEquals - 1);
            } else {
                return from;
            }
        } else {
            k = bareValue(k);
        }
        while (k < n && isSpace(raw.charAt(k))) {
            k++;
        }
        return k;
    }

    private int bareValue(int from) {
        int k = from;
        while (k < raw.length() && raw.charAt(k) != '>' && !isSpace(raw.charAt(k))) {
            k++;
        }
        return k;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b';
    }

    /** A {@code <![CDATA[ ... ]]>}-style marked section: its end, or -1 when it is not closed. */
    private int markedSection(int i) {
        Matcher name = SECTION_NAME.matcher(raw).region(i + 3, raw.length());
        if (!name.lookingAt() || name.end() == raw.length()) {
            int end = raw.indexOf('>', i + 2);
            return name.lookingAt() || end < 0 ? -1 : end + 1;
        }
        String keyword = name.group().strip().toLowerCase(Locale.ROOT);
        Pattern close = switch (keyword) {
            case "temp", "cdata", "ignore", "include", "rcdata" -> SECTION_CLOSE;
            case "if", "else", "endif" -> MS_SECTION_CLOSE;
            default -> null;
        };
        if (close == null) {
            int end = raw.indexOf('>', i + 2);
            return end < 0 ? -1 : end + 1;
        }
        Matcher m = close.matcher(raw);
        return m.find(i + 3) ? m.end() : -1;
    }

    private void enter(String name) {
        if (name.equals("script") || name.equals("style")) {
            cdataElement = name;
        }
    }

    private int endTag(int i) {
        int gt = raw.indexOf('>', i + 1);
        if (gt < 0) {
            return -1;
        }
        Matcher m = END_TAG.matcher(raw).region(i, raw.length());
        if (m.lookingAt()) {
            return m.end();
        }
        return gt + 1;
    }

    private int reference(int i, boolean end) {
        Matcher charref = CHARREF.matcher(raw).region(i, raw.length());
        Matcher entity = ENTITY.matcher(raw).region(i, raw.length());
        Matcher m = charref.lookingAt() ? charref : entity.lookingAt() ? entity : null;
        if (m == null) {
            stopped = true;
            if (raw.startsWith("&#", i)) {
                // HTMLParser bails out here, consuming "&#" when a ';' follows somewhere.
                if (raw.indexOf(';', i) >= 0) {
                    out.append("&#");
                    return i + 2;
                }
                return i;
            }
            if (i + 1 < raw.length() && isLetter(raw.charAt(i + 1))) {
                return end && i + 2 == raw.length() ? i + 1 : i;
            }
            if (i + 1 < raw.length()) {
                stopped = false;
                out.append('&');
                return i + 1;
            }
            return i;
        }
        int k = m.end();
        String name = raw.substring(i, k - 1);
        out.append(name).append(';');
        return raw.charAt(k - 1) == ';' ? k : k - 1;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}

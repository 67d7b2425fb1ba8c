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
    private static final Pattern END_TAG = Pattern.compile("</\\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\\s*>");

    private final String raw;
    private final StringBuilder out;
    private String cdataElement;

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

    private String run() {
        int n = raw.length();
        int i = 0;
        while (i < n) {
            if (cdataElement != null) {
                Matcher close = Pattern.compile("</\\s*" + cdataElement + "\\s*>", Pattern.CASE_INSENSITIVE).matcher(raw);
                if (!close.find(i)) {
                    return out.toString();
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
            i = raw.charAt(i) == '<' ? markup(i) : reference(i);
        }
        return out.toString();
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

    private int markup(int i) {
        int n = raw.length();
        int k;
        if (i + 1 < n && isLetter(raw.charAt(i + 1))) {
            k = startTag(i);
        } else if (raw.startsWith("</", i)) {
            k = endTag(i);
        } else if (raw.startsWith("<!--", i)) {
            int end = raw.indexOf("-->", i + 4);
            k = end < 0 ? -1 : end + 3;
        } else if (raw.startsWith("<?", i) || raw.startsWith("<!", i)) {
            int end = raw.indexOf('>', i + 2);
            k = end < 0 ? -1 : end + 1;
        } else {
            out.append('<');
            return i + 1;
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

    /** Returns the end of a complete start tag, or -1 when it is incomplete. */
    private int startTag(int i) {
        int n = raw.length();
        int k = i + 1;
        while (k < n && " \t\n\r\f/>\u0000".indexOf(raw.charAt(k)) < 0) {
            k++;
        }
        String name = raw.substring(i + 1, k).toLowerCase(Locale.ROOT);
        while (k < n) {
            char c = raw.charAt(k);
            if (c == '>') {
                enter(name);
                return k + 1;
            }
            if (c == '\'' || c == '"') {
                int close = raw.indexOf(c, k + 1);
                if (close < 0) {
                    return -1;
                }
                k = close + 1;
            } else {
                k++;
            }
        }
        return -1;
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

    private int reference(int i) {
        Matcher charref = CHARREF.matcher(raw).region(i, raw.length());
        Matcher entity = ENTITY.matcher(raw).region(i, raw.length());
        Matcher m = charref.lookingAt() ? charref : entity.lookingAt() ? entity : null;
        if (m == null) {
            out.append('&');
            return i + 1;
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

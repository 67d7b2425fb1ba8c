package io.github.toolshed.shell.surlex;

import io.github.toolshed.shell.Json;
import io.github.toolshed.surlex.MacroRegistry;
import io.github.toolshed.surlex.Surlex;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the element tree of a surlex for {@code surlex explain}.
 *
 * <p>surlex-core keeps its node tree package-private, so this class walks the pattern text with
 * the grammar documented in surlex-core ({@code ^}, literal, {@code \x}, {@code <capture>},
 * {@code ( ... )}, {@code *}, {@code $}). It only runs on a pattern that
 * {@link Surlex#compile(String)} has accepted, so it needs no error handling of its own; the
 * regex printed last is surlex-core's own.
 */
final class SurlexOutline {

    /** One element of the outline. */
    private record Element(String kind, String detail, List<Element> children) {}

    private final String pattern;
    private int pos;

    private SurlexOutline(String pattern) {
        this.pattern = pattern;
    }

    /**
     * Returns the outline of a compiled surlex: one line per element, nested by indentation,
     * then the regex.
     *
     * @param pattern the source text
     * @param surlex the compiled surlex
     * @return the text, ending with a newline
     */
    static String render(String pattern, Surlex surlex) {
        SurlexOutline outline = new SurlexOutline(pattern);
        List<Element> elements = new ArrayList<>();
        int end = pattern.length();
        if (pattern.startsWith("^")) {
            elements.add(new Element("anchor", "start (^)", List.of()));
            outline.pos = 1;
        }
        boolean endAnchor = end > outline.pos && pattern.endsWith("$") && !escapedAt(pattern, end - 1);
        if (endAnchor) {
            end--;
        }
        elements.addAll(outline.sequence(end, false));
        if (endAnchor) {
            elements.add(new Element("anchor", "end ($)", List.of()));
        }
        StringBuilder text = new StringBuilder("pattern  ").append(pattern).append('\n');
        write(text, elements, 1);
        text.append("captures ").append(surlex.names().isEmpty() ? "(none)" : String.join(", ", surlex.names()))
                .append('\n');
        text.append("regex    ").append(surlex.regex()).append('\n');
        return text.toString();
    }

    private static boolean escapedAt(String text, int index) {
        int backslashes = 0;
        for (int i = index - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private List<Element> sequence(int end, boolean inSection) {
        List<Element> elements = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        while (pos < end) {
            char c = pattern.charAt(pos);
            if (inSection && c == ')') {
                break;
            }
            if (c == '\\' && pos + 1 < end) {
                literal.append(pattern.charAt(pos + 1));
                pos += 2;
                continue;
            }
            if (c != '<' && c != '(' && c != '*') {
                literal.append(c);
                pos++;
                continue;
            }
            flush(literal, elements);
            if (c == '<') {
                elements.add(capture());
            } else if (c == '(') {
                pos++;
                List<Element> children = sequence(end, true);
                pos++;
                elements.add(new Element("optional", "", children));
            } else {
                pos++;
                elements.add(new Element("wildcard", "* = .*", List.of()));
            }
        }
        flush(literal, elements);
        return elements;
    }

    private static void flush(StringBuilder literal, List<Element> elements) {
        if (!literal.isEmpty()) {
            elements.add(new Element("literal", Json.string(literal.toString()), List.of()));
            literal.setLength(0);
        }
    }

    private Element capture() {
        int start = ++pos;
        int i = start;
        while (i < pattern.length() && (Character.isLetterOrDigit(pattern.charAt(i)) || pattern.charAt(i) == '_')) {
            i++;
        }
        String name = pattern.substring(start, i);
        char kind = pattern.charAt(i);
        StringBuilder body = new StringBuilder();
        if (kind != '>') {
            i++;
            while (pattern.charAt(i) != '>') {
                if (pattern.charAt(i) == '\\' && i + 1 < pattern.length()) {
                    body.append(pattern.charAt(i + 1) == '>' ? ">" : pattern.substring(i, i + 2));
                    i += 2;
                } else {
                    body.append(pattern.charAt(i++));
                }
            }
        }
        pos = i + 1;
        String label = name.isEmpty() ? "(not captured)" : name;
        String detail = switch (kind) {
            case '=' -> label + "  regex " + body;
            case ':' -> label + "  macro " + body + " = "
                    + MacroRegistry.global().regex(body.toString()).orElse("(unknown macro)");
            default -> label + "  regex .+";
        };
        return new Element("capture", detail, List.of());
    }

    private static void write(StringBuilder text, List<Element> elements, int depth) {
        for (Element e : elements) {
            text.append("  ".repeat(depth)).append(e.kind());
            if (!e.detail().isEmpty()) {
                text.append(' ').append(e.detail());
            }
            text.append('\n');
            write(text, e.children(), depth + 1);
        }
    }
}

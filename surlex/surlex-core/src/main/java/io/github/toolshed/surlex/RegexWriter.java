package io.github.toolshed.surlex;

import java.util.List;

/** Writes the {@link java.util.regex.Pattern} text equivalent to parsed surlex nodes. */
final class RegexWriter {

    private static final String META = "\\.[]{}()*+?^$|";

    private RegexWriter() {}

    static String write(Parser.Result parsed) {
        StringBuilder out = new StringBuilder();
        if (parsed.startAnchor()) {
            out.append('^');
        }
        write(parsed.nodes(), out);
        if (parsed.endAnchor()) {
            out.append('$');
        }
        return out.toString();
    }

    private static void write(List<Node> nodes, StringBuilder out) {
        for (Node node : nodes) {
            switch (node) {
                case Node.Literal literal -> escape(literal.text(), out);
                case Node.Capture capture when capture.capturing() ->
                    out.append("(?<").append(capture.groupName()).append('>').append(capture.regex()).append(')');
                case Node.Capture capture -> out.append("(?:").append(capture.regex()).append(')');
                case Node.Section section -> {
                    out.append("(?:");
                    write(section.children(), out);
                    out.append(")?");
                }
                case Node.Wildcard _ -> out.append(".*");
            }
        }
    }

    /** Escapes every regex metacharacter of literal text with a backslash, keeping it readable. */
    static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (META.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
    }
}

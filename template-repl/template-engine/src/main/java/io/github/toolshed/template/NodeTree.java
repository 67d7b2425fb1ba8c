package io.github.toolshed.template;

import java.util.List;

/** The indented text view of a compiled node tree ({@link Template#tree()}). */
final class NodeTree {

    private static final int MAX_TEXT = 60;

    private NodeTree() {}

    static String render(NodeList nodes) {
        StringBuilder out = new StringBuilder();
        append(nodes, 0, out);
        return out.toString();
    }

    private static void append(NodeList nodes, int depth, StringBuilder out) {
        for (Node node : nodes.nodes()) {
            out.append("  ".repeat(depth)).append(describe(node));
            if (node.token != null && !(node instanceof TextNode)) {
                out.append("  (line ").append(node.token.line()).append(')');
            }
            out.append('\n');
            List<NodeList> children = node.children().stream().filter(c -> !c.nodes().isEmpty()).toList();
            for (int i = 0; i < children.size(); i++) {
                if (children.size() > 1) {
                    out.append("  ".repeat(depth + 1)).append("branch ").append(i + 1).append(":\n");
                    append(children.get(i), depth + 2, out);
                } else {
                    append(children.get(i), depth + 1, out);
                }
            }
        }
    }

    private static String describe(Node node) {
        if (node instanceof TextNode text) {
            return "text " + quote(text.text);
        }
        if (node.token == null) {
            return node.getClass().getSimpleName();
        }
        String kind = node instanceof VariableNode ? "variable " : "tag ";
        return kind + shorten(node.token.raw().replace("\n", "\\n"));
    }

    private static String quote(String text) {
        String escaped = text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t");
        return "\"" + shorten(escaped) + "\"";
    }

    private static String shorten(String s) {
        return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT - 3) + "...";
    }
}

package io.github.toolshed.template;

import java.util.List;

/** A compiled piece of a template that writes output (Django's {@code Node}). */
abstract class Node {

    Token token;
    Origin origin;

    /** Renders this node into {@code out}. */
    abstract void render(Context context, StringBuilder out);

    /** The node lists nested in this node, for searches such as "all blocks". */
    List<NodeList> children() {
        return List.of();
    }

    /** Whether this node must come before any other non-text node ({@code extends}). */
    boolean mustBeFirst() {
        return false;
    }

    /** Renders this node into a fresh string. */
    final String renderToString(Context context) {
        StringBuilder sb = new StringBuilder();
        render(context, sb);
        return sb.toString();
    }

    SourceLocation location() {
        return origin == null || token == null ? null : origin.locate(token);
    }
}

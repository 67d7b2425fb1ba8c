package io.github.toolshed.template;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A sequence of nodes rendered one after the other. */
final class NodeList {

    static final NodeList EMPTY = new NodeList(List.of(), false);

    private final Node[] nodes;
    final boolean containsNonText;

    NodeList(List<Node> nodes, boolean containsNonText) {
        this.nodes = nodes.toArray(Node[]::new);
        this.containsNonText = containsNonText;
    }

    void render(Context context, StringBuilder out) {
        long limit = context.template == null ? Long.MAX_VALUE : context.template.engine().maxOutputSize();
        for (Node node : nodes) {
            try {
                node.render(context, out);
                if (out.length() > limit) {
                    throw new TemplateRenderError("OutputTooLarge", "rendering produced more than " + limit
                            + " characters (the engine's maxOutputSize)");
                }
            } catch (TemplateException e) {
                e.locate(node.location());
                throw e;
            } catch (StackOverflowError e) {
                throw new TemplateRenderError("RecursionError", "maximum recursion depth exceeded while rendering", e);
            } catch (RuntimeException e) {
                TemplateRenderError wrapped = new TemplateRenderError(e.getClass().getSimpleName(),
                        String.valueOf(e.getMessage()), e);
                wrapped.locate(node.location());
                throw wrapped;
            }
        }
    }

    String renderToString(Context context) {
        StringBuilder sb = new StringBuilder();
        render(context, sb);
        return sb.toString();
    }

    List<Node> nodes() {
        return List.of(nodes);
    }

    /** Visits every node, depth first, including nested node lists. */
    void walk(Consumer<Node> visitor) {
        for (Node n : nodes) {
            visitor.accept(n);
            for (NodeList child : n.children()) {
                child.walk(visitor);
            }
        }
    }

    /** All nodes of a type, depth first (Django's {@code get_nodes_by_type}). */
    <T extends Node> List<T> nodesOfType(Class<T> type) {
        List<T> out = new ArrayList<>();
        walk(n -> {
            if (type.isInstance(n)) {
                out.add(type.cast(n));
            }
        });
        return out;
    }
}

package io.github.toolshed.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code block} and {@code extends}. */
final class InheritanceTags {

    private static final String LOADED_BLOCKS = "block.names";
    private static final Object BLOCK_CONTEXT = new Object();
    private static final Object EXTENDS_HISTORY = new Object();

    private InheritanceTags() {}

    // ---- block -------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    static Node parseBlock(Parser parser, Token token) {
        String[] bits = token.contents().trim().split("\\s+");
        if (bits.length != 2) {
            throw new TemplateSyntaxError("'" + bits[0] + "' tag takes only one argument");
        }
        String name = bits[1];
        List<String> loaded = (List<String>) parser.state.computeIfAbsent(LOADED_BLOCKS, k -> new ArrayList<String>());
        if (loaded.contains(name)) {
            throw new TemplateSyntaxError("'" + bits[0] + "' tag with name '" + name + "' appears more than once");
        }
        loaded.add(name);
        NodeList body = parser.parse(Parser.until("endblock"));
        Token end = parser.nextToken();
        if (!end.contents().equals("endblock") && !end.contents().equals("endblock " + name)) {
            throw parser.error(end, "Invalid block tag on line " + end.line() + ": 'endblock', expected 'endblock' or 'endblock "
                    + name + "'. Did you forget to register or load this tag?");
        }
        return new BlockNode(name, body);
    }

    /** Blocks by name, most-derived last (Django's {@code BlockContext}). */
    static final class BlockContext {
        private final Map<String, List<BlockNode>> blocks = new HashMap<>();

        void addBlocks(Map<String, BlockNode> more) {
            more.forEach((name, block) -> blocks.computeIfAbsent(name, k -> new ArrayList<>()).addFirst(block));
        }

        BlockNode pop(String name) {
            List<BlockNode> l = blocks.get(name);
            return l == null || l.isEmpty() ? null : l.removeLast();
        }

        void push(String name, BlockNode block) {
            blocks.computeIfAbsent(name, k -> new ArrayList<>()).add(block);
        }

        BlockNode get(String name) {
            List<BlockNode> l = blocks.get(name);
            return l == null || l.isEmpty() ? null : l.getLast();
        }
    }

    static final class BlockNode extends Node {
        final String name;
        final NodeList body;

        BlockNode(String name, NodeList body) {
            this.name = name;
            this.body = body;
        }

        @Override
        void render(Context context, StringBuilder out) {
            BlockContext blocks = (BlockContext) context.renderContext.top().get(BLOCK_CONTEXT);
            int scopes = context.scopeDepth();
            context.push();
            try {
                if (blocks == null) {
                    context.set("block", new BlockVar(this, null));
                    body.render(context, out);
                } else {
                    BlockNode pushed = blocks.pop(name);
                    BlockNode block = pushed == null ? this : pushed;
                    context.set("block", new BlockVar(block, context));
                    block.body.render(context, out);
                    if (pushed != null) {
                        blocks.push(name, pushed);
                    }
                }
            } finally {
                context.popTo(scopes);
            }
        }

        @Override
        List<NodeList> children() {
            return List.of(body);
        }

        @Override
        public String toString() {
            return "<Block Node: " + name + ". Contents: " + body.nodes() + ">";
        }
    }

    /** The {@code block} variable: {@code block.super} renders the parent's block. */
    record BlockVar(BlockNode block, Context context) implements Lookup.Attributes {
        @Override
        public Object attribute(String attr) {
            return switch (attr) {
                case "super" -> superBlock();
                case "name" -> block.name;
                default -> Variable.MISSING;
            };
        }

        private Object superBlock() {
            if (context == null) {
                throw new TemplateSyntaxError("'BlockNode' object has no attribute 'context'. Did you use {{ block.super }} in a base template?");
            }
            BlockContext blocks = (BlockContext) context.renderContext.top().get(BLOCK_CONTEXT);
            if (blocks != null && blocks.get(block.name) != null) {
                StringBuilder sb = new StringBuilder();
                block.render(context, sb);
                return SafeString.of(sb.toString());
            }
            return "";
        }
    }

    // ---- extends -----------------------------------------------------------------------------

    static Node parseExtends(Parser parser, Token token) {
        List<String> bits = new ArrayList<>(token.splitContents());
        if (bits.size() != 2) {
            throw new TemplateSyntaxError("'" + bits.getFirst() + "' takes one argument");
        }
        String nameExpr = TemplateNames.relativePath(parser.origin.name(), bits.get(1));
        FilterExpression parent = parser.compileFilter(nameExpr);
        NodeList rest = parser.parse();
        if (!rest.nodesOfType(ExtendsNode.class).isEmpty()) {
            throw new TemplateSyntaxError("'" + bits.getFirst() + "' cannot appear more than once in the same template");
        }
        return new ExtendsNode(rest, parent, nameExpr);
    }

    static final class ExtendsNode extends Node {
        private final NodeList rest;
        private final FilterExpression parentName;
        private final String text;
        private final Map<String, BlockNode> blocks = new HashMap<>();

        ExtendsNode(NodeList rest, FilterExpression parentName, String text) {
            this.rest = rest;
            this.parentName = parentName;
            this.text = text;
            for (BlockNode b : rest.nodesOfType(BlockNode.class)) {
                blocks.put(b.name, b);
            }
        }

        @Override
        boolean mustBeFirst() {
            return true;
        }

        @Override
        List<NodeList> children() {
            return List.of(rest);
        }

        @Override
        @SuppressWarnings("unchecked")
        void render(Context context, StringBuilder out) {
            Template parent = parent(context);
            Map<Object, Object> frame = context.renderContext.top();
            BlockContext blockContext = (BlockContext) frame.computeIfAbsent(BLOCK_CONTEXT, k -> new BlockContext());
            blockContext.addBlocks(blocks);
            for (Node node : parent.nodelist.nodes()) {
                if (!(node instanceof TextNode)) {
                    if (!(node instanceof ExtendsNode)) {
                        Map<String, BlockNode> parentBlocks = new HashMap<>();
                        for (BlockNode b : parent.nodelist.nodesOfType(BlockNode.class)) {
                            parentBlocks.putIfAbsent(b.name, b);
                        }
                        blockContext.addBlocks(parentBlocks);
                    }
                    break;
                }
            }
            parent.renderShared(context, out);
        }

        @SuppressWarnings("unchecked")
        private Template parent(Context context) {
            Object name = parentName.resolve(context);
            if (name instanceof Template t) {
                return t;
            }
            if (!io.github.toolshed.template.python.Python.truthy(name)) {
                String msg = "Invalid template name in 'extends' tag: " + io.github.toolshed.template.python.Python.repr(name) + ".";
                if (parentName.bareVariable() == null || !parentName.bareVariable().isLiteral()) {
                    msg += " Got this from the '" + parentName.token() + "' variable.";
                }
                throw new TemplateSyntaxError(msg);
            }
            Map<Object, Object> frame = context.renderContext.top();
            List<Origin> history = (List<Origin>) frame.computeIfAbsent(EXTENDS_HISTORY, k -> new ArrayList<>(List.of(origin)));
            Template t = context.template.engine().findTemplate(io.github.toolshed.template.python.Python.str(name), history);
            history.add(t.origin);
            return t;
        }

        @Override
        public String toString() {
            return "<ExtendsNode: extends " + text + ">";
        }
    }
}

package io.github.toolshed.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code block}, {@code extends} and {@code include}. */
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
        String nameExpr = relativePath(parser.origin.name(), bits.get(1));
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

    // ---- include -----------------------------------------------------------------------------

    static Node parseInclude(Parser parser, Token token) {
        List<String> bits = new ArrayList<>(token.splitContents());
        if (bits.size() < 2) {
            throw new TemplateSyntaxError(Kwargs.repr(bits.getFirst())
                    + " tag takes at least one argument: the name of the template to be included.");
        }
        Map<String, Object> options = new HashMap<>();
        List<String> remaining = new ArrayList<>(bits.subList(2, bits.size()));
        while (!remaining.isEmpty()) {
            String option = remaining.removeFirst();
            if (options.containsKey(option)) {
                throw new TemplateSyntaxError("The " + Kwargs.repr(option) + " option was specified more than once.");
            }
            if (option.equals("with")) {
                Map<String, FilterExpression> value = Kwargs.parse(remaining, parser, false);
                if (value.isEmpty()) {
                    throw new TemplateSyntaxError("\"with\" in " + Kwargs.repr(bits.getFirst()) + " tag needs at least one keyword argument.");
                }
                options.put(option, value);
            } else if (option.equals("only")) {
                options.put(option, Boolean.TRUE);
            } else {
                throw new TemplateSyntaxError("Unknown argument for " + Kwargs.repr(bits.getFirst()) + " tag: " + Kwargs.repr(option) + ".");
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, FilterExpression> with = (Map<String, FilterExpression>) options.getOrDefault("with", Map.of());
        boolean only = options.containsKey("only");
        String nameExpr = relativePath(parser.origin.name(), bits.get(1));
        return new IncludeNode(parser.compileFilter(nameExpr), with, only);
    }

    static final class IncludeNode extends Node {
        private final FilterExpression template;
        private final Map<String, FilterExpression> with;
        private final boolean only;

        IncludeNode(FilterExpression template, Map<String, FilterExpression> with, boolean only) {
            this.template = template;
            this.with = with;
            this.only = only;
        }

        @Override
        void render(Context context, StringBuilder out) {
            Object name = template.resolve(context);
            Template t;
            if (name instanceof Template given) {
                t = given;
            } else {
                // Django compiles an included template once per rendering, so node state such as
                // {% ifchanged %} survives across the iterations of an enclosing loop.
                @SuppressWarnings("unchecked")
                Map<Object, Template> cache = (Map<Object, Template>) context.renderContext.root()
                        .computeIfAbsent(this, k -> new HashMap<Object, Template>());
                Object key = name instanceof List<?> l ? List.copyOf(l.stream().map(io.github.toolshed.template.python.Python::str).toList()) : name;
                t = cache.get(key);
                if (t == null) {
                    t = select(context, name, origin.name());
                    cache.put(key, t);
                }
            }
            Map<String, Object> values = new HashMap<>();
            with.forEach((k, v) -> values.put(k, v.resolve(context)));
            if (only) {
                t.renderInto(context.isolated(values), out);
                return;
            }
            int scopes = context.scopeDepth();
            context.push(values);
            try {
                t.renderInto(context, out);
            } finally {
                context.popTo(scopes);
            }
        }
    }

    /** Django's {@code select_template}: the first of several names that exists. */
    private static Template select(Context context, Object name, String current) {
        Engine engine = context.template.engine();
        if (name instanceof List<?> names && !(name instanceof CharSequence)) {
            if (names.isEmpty()) {
                throw new TemplateDoesNotExist("No template names provided");
            }
            List<String> tried = new ArrayList<>();
            for (Object n : names) {
                String candidate = io.github.toolshed.template.python.Python.str(n);
                try {
                    return engine.findTemplate(candidate, List.of());
                } catch (TemplateDoesNotExist e) {
                    tried.add(candidate);
                }
            }
            throw new TemplateDoesNotExist(String.join(", ", tried));
        }
        if (!io.github.toolshed.template.python.Python.truthy(name)) {
            throw new TemplateDoesNotExist("No template names provided");
        }
        return engine.findTemplate(relativePath(current, io.github.toolshed.template.python.Python.str(name)), List.of());
    }

    // ---- relative names ----------------------------------------------------------------------

    /** Django's {@code construct_relative_path} for {@code "./x"} and {@code "../x"} names. */
    static String relativePath(String current, String relative) {
        String stripped = strip(relative);
        if (!stripped.startsWith("./") && !stripped.startsWith("../")) {
            return relative;
        }
        String base = current.startsWith("/") ? current.replaceFirst("^/+", "") : current;
        String normalized = normalize(dirname(base), stripped);
        if (normalized.startsWith("../") || normalized.equals("..")) {
            throw new TemplateSyntaxError("The relative path '" + relative + "' points outside the file hierarchy that template '"
                    + current + "' is in.");
        }
        if (base.equals(normalized)) {
            throw new TemplateSyntaxError("The relative path '" + relative + "' was translated to template name '" + current
                    + "', the same template in which the tag appears.");
        }
        boolean quoted = relative.length() > 1 && (relative.charAt(0) == '"' || relative.charAt(0) == '\'')
                && relative.charAt(0) == relative.charAt(relative.length() - 1);
        return quoted ? "\"" + normalized + "\"" : normalized;
    }

    private static String strip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && (s.charAt(a) == '"' || s.charAt(a) == '\'')) {
            a++;
        }
        while (b > a && (s.charAt(b - 1) == '"' || s.charAt(b - 1) == '\'')) {
            b--;
        }
        return s.substring(a, b);
    }

    private static String dirname(String path) {
        int i = path.lastIndexOf('/');
        return i < 0 ? "" : path.substring(0, i);
    }

    /** {@code posixpath.normpath(posixpath.join(dir, name))}. */
    private static String normalize(String dir, String name) {
        String joined = dir.isEmpty() ? name : dir + "/" + name;
        List<String> parts = new ArrayList<>();
        for (String p : joined.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..") && !parts.isEmpty() && !parts.getLast().equals("..")) {
                parts.removeLast();
            } else {
                parts.add(p);
            }
        }
        return parts.isEmpty() ? "." : String.join("/", parts);
    }
}

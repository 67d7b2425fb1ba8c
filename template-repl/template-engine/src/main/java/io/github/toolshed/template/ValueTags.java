package io.github.toolshed.template;

import io.github.toolshed.template.python.Python;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Tags that compute values: {@code with}, {@code firstof}, {@code cycle}, {@code resetcycle}. */
final class ValueTags {

    private static final String NAMED_CYCLES = "cycle.named";
    private static final String LAST_CYCLE = "cycle.last";

    private ValueTags() {}

    static Node parseWith(Parser parser, Token token) {
        List<String> bits = new ArrayList<>(token.splitContents());
        List<String> remaining = new ArrayList<>(bits.subList(1, bits.size()));
        Map<String, FilterExpression> extra = Kwargs.parse(remaining, parser, true);
        if (extra.isEmpty()) {
            throw new TemplateSyntaxError(Kwargs.repr(bits.getFirst()) + " expected at least one variable assignment");
        }
        if (!remaining.isEmpty()) {
            throw new TemplateSyntaxError(Kwargs.repr(bits.getFirst()) + " received an invalid token: " + Kwargs.repr(remaining.getFirst()));
        }
        NodeList body = parser.parse(Parser.until("endwith"));
        parser.deleteFirstToken();
        return new Node() {
            @Override
            void render(Context context, StringBuilder out) {
                Map<String, Object> values = new HashMap<>();
                extra.forEach((k, v) -> values.put(k, v.resolve(context)));
                int scopes = context.scopeDepth();
                context.push(values);
                try {
                    body.render(context, out);
                } finally {
                    context.popTo(scopes);
                }
            }

            @Override
            List<NodeList> children() {
                return List.of(body);
            }
        };
    }

    static Node parseFirstOf(Parser parser, Token token) {
        List<String> bits = token.splitContents();
        List<String> args = new ArrayList<>(bits.subList(1, bits.size()));
        if (args.isEmpty()) {
            throw new TemplateSyntaxError("'firstof' statement requires at least one argument");
        }
        String asVar = null;
        if (args.size() >= 2 && args.get(args.size() - 2).equals("as")) {
            asVar = args.getLast();
            args = args.subList(0, args.size() - 2);
        }
        List<FilterExpression> vars = args.stream().map(parser::compileFilter).toList();
        String target = asVar;
        return new Node() {
            @Override
            void render(Context context, StringBuilder out) {
                String first = "";
                for (FilterExpression v : vars) {
                    Object value = v.resolve(context, true);
                    if (Python.truthy(value)) {
                        StringBuilder sb = new StringBuilder();
                        Display.renderValue(value, context, sb);
                        first = sb.toString();
                        break;
                    }
                }
                if (target != null) {
                    context.set(target, SafeString.of(first));
                } else {
                    out.append(first);
                }
            }
        };
    }

    @SuppressWarnings("unchecked")
    static Node parseCycle(Parser parser, Token token) {
        List<String> args = new ArrayList<>(token.splitContents());
        if (args.size() < 2) {
            throw new TemplateSyntaxError("'cycle' tag requires at least two arguments");
        }
        Map<String, CycleNode> named = (Map<String, CycleNode>) parser.state.get(NAMED_CYCLES);
        if (args.size() == 2) {
            String name = args.get(1);
            if (named == null) {
                throw new TemplateSyntaxError("No named cycles in template. '" + name + "' is not defined");
            }
            CycleNode node = named.get(name);
            if (node == null) {
                throw new TemplateSyntaxError("Named cycle '" + name + "' does not exist");
            }
            return new CycleRef(node);
        }
        boolean asForm = false;
        boolean silent = false;
        if (args.size() > 4) {
            if (args.get(args.size() - 3).equals("as")) {
                if (!args.getLast().equals("silent")) {
                    throw new TemplateSyntaxError("Only 'silent' flag is allowed after cycle's name, not '" + args.getLast() + "'.");
                }
                asForm = true;
                silent = true;
                args.removeLast();
            } else if (args.get(args.size() - 2).equals("as")) {
                asForm = true;
            }
        }
        CycleNode node;
        if (asForm) {
            String name = args.getLast();
            List<FilterExpression> values = args.subList(1, args.size() - 2).stream().map(parser::compileFilter).toList();
            node = new CycleNode(values, name, silent);
            if (named == null) {
                named = new HashMap<>();
                parser.state.put(NAMED_CYCLES, named);
            }
            named.put(name, node);
        } else {
            node = new CycleNode(args.subList(1, args.size()).stream().map(parser::compileFilter).toList(), null, false);
        }
        parser.state.put(LAST_CYCLE, node);
        return node;
    }

    /** A later {@code {% cycle name %}}: advances the named cycle's shared state. */
    static final class CycleRef extends Node {
        final CycleNode target;

        CycleRef(CycleNode target) {
            this.target = target;
        }

        @Override
        void render(Context context, StringBuilder out) {
            target.render(context, out);
        }
    }

    static final class CycleNode extends Node {
        private final List<FilterExpression> values;
        private final String name;
        private final boolean silent;

        CycleNode(List<FilterExpression> values, String name, boolean silent) {
            this.values = values;
            this.name = name;
            this.silent = silent;
        }

        @Override
        void render(Context context, StringBuilder out) {
            Map<Object, Object> frame = context.renderContext.top();
            int[] index = (int[]) frame.computeIfAbsent(this, k -> new int[1]);
            FilterExpression current = values.get(index[0] % values.size());
            index[0] = (index[0] + 1) % values.size();
            Object value = current.resolve(context);
            if (name != null) {
                context.setUpward(name, value);
            }
            if (!silent) {
                Display.renderValue(value, context, out);
            }
        }

        void reset(Context context) {
            context.renderContext.top().put(this, new int[1]);
        }
    }

    @SuppressWarnings("unchecked")
    static Node parseResetCycle(Parser parser, Token token) {
        List<String> args = token.splitContents();
        if (args.size() > 2) {
            throw new TemplateSyntaxError(Kwargs.repr(args.getFirst()) + " tag accepts at most one argument.");
        }
        CycleNode node;
        if (args.size() == 2) {
            Map<String, CycleNode> named = (Map<String, CycleNode>) parser.state.get(NAMED_CYCLES);
            node = named == null ? null : named.get(args.get(1));
            if (node == null) {
                throw new TemplateSyntaxError("Named cycle '" + args.get(1) + "' does not exist.");
            }
        } else {
            node = (CycleNode) parser.state.get(LAST_CYCLE);
            if (node == null) {
                throw new TemplateSyntaxError("No cycles in template.");
            }
        }
        CycleNode target = node;
        return new Node() {
            @Override
            void render(Context context, StringBuilder out) {
                target.reset(context);
            }
        };
    }
}

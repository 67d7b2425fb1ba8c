package io.github.toolshed.template;

import io.github.toolshed.template.python.Python;
import java.util.ArrayList;
import java.util.List;

/** {@code if}/{@code elif}/{@code else}, {@code ifequal}/{@code ifnotequal} and {@code ifchanged}. */
final class IfTags {

    private IfTags() {}

    record Branch(IfExpression.Condition condition, NodeList body) {}

    static Node parseIf(Parser parser, Token token) {
        List<Branch> branches = new ArrayList<>();
        List<String> bits = token.splitContents();
        IfExpression.Condition cond = IfExpression.parse(parser, bits.subList(1, bits.size()));
        NodeList body = parser.parse(Parser.until("elif", "else", "endif"));
        branches.add(new Branch(cond, body));
        Token next = parser.nextToken();
        while (next.contents().startsWith("elif")) {
            List<String> b = next.splitContents();
            IfExpression.Condition c;
            try {
                c = IfExpression.parse(parser, b.subList(1, b.size()));
            } catch (TemplateSyntaxError e) {
                e.locate(parser.origin.locate(next));
                throw e;
            }
            branches.add(new Branch(c, parser.parse(Parser.until("elif", "else", "endif"))));
            next = parser.nextToken();
        }
        if (next.contents().equals("else")) {
            branches.add(new Branch(null, parser.parse(Parser.until("endif"))));
            next = parser.nextToken();
        }
        if (!next.contents().equals("endif")) {
            throw parser.error(next, "Malformed template tag at line " + next.line() + ": \"" + next.contents() + "\"");
        }
        return new IfNode(branches);
    }

    static final class IfNode extends Node {
        private final List<Branch> branches;

        IfNode(List<Branch> branches) {
            this.branches = branches;
        }

        @Override
        void render(Context context, StringBuilder out) {
            for (Branch b : branches) {
                boolean match;
                if (b.condition == null) {
                    match = true;
                } else {
                    Object v;
                    try {
                        v = b.condition.eval(context);
                    } catch (PyOps.PyTypeError e) {
                        v = null;
                    } catch (TemplateRenderError e) {
                        if (!"VariableDoesNotExist".equals(e.kind())) {
                            throw e;
                        }
                        v = null;
                    }
                    match = Python.truthy(v);
                }
                if (match) {
                    b.body.render(context, out);
                    return;
                }
            }
        }

        @Override
        List<NodeList> children() {
            return branches.stream().map(Branch::body).toList();
        }
    }

    static Node parseIfEqual(Parser parser, Token token, boolean negate) {
        List<String> bits = token.splitContents();
        if (bits.size() != 3) {
            throw new TemplateSyntaxError("'" + bits.getFirst() + "' takes two arguments");
        }
        String end = "end" + bits.getFirst();
        NodeList yes = parser.parse(Parser.until("else", end));
        Token next = parser.nextToken();
        NodeList no = NodeList.EMPTY;
        if (next.contents().equals("else")) {
            no = parser.parse(Parser.until(end));
            parser.deleteFirstToken();
        }
        NodeList otherwise = no;
        FilterExpression a = parser.compileFilter(bits.get(1));
        FilterExpression b = parser.compileFilter(bits.get(2));
        return new Node() {
            @Override
            void render(Context context, StringBuilder out) {
                boolean eq = Python.equal(a.resolve(context, true), b.resolve(context, true));
                (eq != negate ? yes : otherwise).render(context, out);
            }

            @Override
            List<NodeList> children() {
                return List.of(yes, otherwise);
            }
        };
    }

    static Node parseIfChanged(Parser parser, Token token) {
        List<String> bits = token.splitContents();
        NodeList yes = parser.parse(Parser.until("else", "endifchanged"));
        Token next = parser.nextToken();
        NodeList no = NodeList.EMPTY;
        if (next.contents().equals("else")) {
            no = parser.parse(Parser.until("endifchanged"));
            parser.deleteFirstToken();
        }
        List<FilterExpression> vars = new ArrayList<>();
        for (String bit : bits.subList(1, bits.size())) {
            vars.add(parser.compileFilter(bit));
        }
        return new IfChangedNode(yes, no, vars);
    }

    static final class IfChangedNode extends Node {
        private final NodeList yes;
        private final NodeList no;
        private final List<FilterExpression> vars;

        IfChangedNode(NodeList yes, NodeList no, List<FilterExpression> vars) {
            this.yes = yes;
            this.no = no;
            this.vars = vars;
        }

        @Override
        void render(Context context, StringBuilder out) {
            java.util.Map<Object, Object> frame = context.lookup("forloop", null) instanceof ForTag.ForLoop loop
                    ? loop.state
                    : context.renderContext.top();
            Object previous = frame.get(this);
            String rendered = null;
            Object compareTo;
            if (!vars.isEmpty()) {
                List<Object> values = new ArrayList<>(vars.size());
                for (FilterExpression v : vars) {
                    values.add(v.resolve(context, true));
                }
                compareTo = values;
            } else {
                rendered = yes.renderToString(context);
                compareTo = rendered;
            }
            if (previous == null || !Python.equal(compareTo, previous)) {
                frame.put(this, compareTo);
                if (rendered != null) {
                    out.append(rendered);
                } else {
                    yes.render(context, out);
                }
            } else {
                no.render(context, out);
            }
        }

        @Override
        List<NodeList> children() {
            return List.of(yes, no);
        }
    }
}

package io.github.toolshed.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code {% include name [with a=b ...] [only] %}}. */
final class IncludeTag {

    private IncludeTag() {}

    static Node parse(Parser parser, Token token) {
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
        String nameExpr = TemplateNames.relativePath(parser.origin.name(), bits.get(1));
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
        return engine.findTemplate(TemplateNames.relativePath(current, io.github.toolshed.template.python.Python.str(name)), List.of());
    }
}

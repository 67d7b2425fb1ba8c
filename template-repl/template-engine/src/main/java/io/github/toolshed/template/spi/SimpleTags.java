package io.github.toolshed.template.spi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@link BlockTag}s behind {@link Library.Builder#simpleTag} and {@code inclusionTag}. */
final class SimpleTags {

    private static final Pattern KWARG = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(.+)", Pattern.DOTALL);

    private SimpleTags() {}

    /** Compiled arguments: positional expressions, keyword expressions, optional target variable. */
    private record Arguments(List<Expression> args, Map<String, Expression> kwargs, String target) {

        static Arguments parse(BlockParser parser, boolean allowTarget) {
            List<String> bits = new ArrayList<>(parser.arguments());
            String target = null;
            if (allowTarget && bits.size() >= 2 && bits.get(bits.size() - 2).equals("as")) {
                target = bits.getLast();
                bits = bits.subList(0, bits.size() - 2);
            }
            List<Expression> args = new ArrayList<>();
            Map<String, Expression> kwargs = new LinkedHashMap<>();
            for (String bit : bits) {
                Matcher m = KWARG.matcher(bit);
                if (m.matches() && !bit.startsWith("\"") && !bit.startsWith("'")) {
                    if (kwargs.containsKey(m.group(1))) {
                        throw parser.error("'" + parser.tagName() + "' received multiple values for keyword argument '"
                                + m.group(1) + "'");
                    }
                    kwargs.put(m.group(1), parser.compile(m.group(2)));
                } else {
                    if (!kwargs.isEmpty()) {
                        throw parser.error("'" + parser.tagName()
                                + "' received some positional argument(s) after some keyword argument(s)");
                    }
                    args.add(parser.compile(bit));
                }
            }
            return new Arguments(List.copyOf(args), kwargs, target);
        }

        Call resolve(TagScope scope) {
            List<Object> values = new ArrayList<>(args.size());
            for (Expression e : args) {
                values.add(e.resolve(scope));
            }
            Map<String, Object> named = new LinkedHashMap<>();
            kwargs.forEach((k, e) -> named.put(k, e.resolve(scope)));
            return new Call(scope, java.util.Collections.unmodifiableList(values),
                    java.util.Collections.unmodifiableMap(named));
        }
    }

    /** A {@link TagCall} delegating the scope. */
    private record Call(TagScope scope, List<Object> args, Map<String, Object> kwargs) implements TagCall {
        @Override
        public io.github.toolshed.template.Context context() {
            return scope.context();
        }

        @Override
        public boolean autoescape() {
            return scope.autoescape();
        }

        @Override
        public TemplateSettings settings() {
            return scope.settings();
        }

        @Override
        public io.github.toolshed.template.Engine engine() {
            return scope.engine();
        }

        @Override
        public String templateName() {
            return scope.templateName();
        }

        @Override
        public void display(Object value, StringBuilder out) {
            scope.display(value, out);
        }

        @Override
        public void renderTemplate(String name, Map<String, ?> values, StringBuilder out) {
            scope.renderTemplate(name, values, out);
        }
    }

    static BlockTag simple(SimpleTag tag) {
        return parser -> {
            Arguments a = Arguments.parse(parser, true);
            return (scope, out) -> {
                Object value = tag.call(a.resolve(scope));
                if (a.target() != null) {
                    scope.context().set(a.target(), value);
                } else {
                    scope.display(value, out);
                }
            };
        };
    }

    static BlockTag inclusion(String template, InclusionTag tag) {
        return parser -> {
            Arguments a = Arguments.parse(parser, false);
            return (scope, out) -> {
                Map<String, ?> values = tag.call(a.resolve(scope));
                scope.renderTemplate(template, values == null ? Map.of() : values, out);
            };
        };
    }
}

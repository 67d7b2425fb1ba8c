package io.github.toolshed.template;

import io.github.toolshed.template.python.Python;
import java.lang.reflect.Array;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** {@code {% for x in xs [reversed] %} ... {% empty %} ... {% endfor %}} with {@code forloop}. */
final class ForTag {

    private static final Pattern COMMA = Pattern.compile(" *, *");

    private ForTag() {}

    /**
     * The {@code forloop} variable: a read-only dict computed from the loop position (no per-item
     * map updates), plus hidden per-loop state for {@code ifchanged}.
     */
    static final class ForLoop extends AbstractMap<String, Object> {
        private static final List<String> KEYS =
                List.of("parentloop", "counter0", "counter", "revcounter", "revcounter0", "first", "last");
        final Map<Object, Object> state = new IdentityHashMap<>();
        private final Object parentloop;
        private final int length;
        int index;

        ForLoop(Object parentloop, int length) {
            this.parentloop = parentloop;
            this.length = length;
        }

        @Override
        public Object get(Object key) {
            if (!(key instanceof String k)) {
                return null;
            }
            return switch (k) {
                case "counter" -> index + 1;
                case "counter0" -> index;
                case "revcounter" -> length - index;
                case "revcounter0" -> length - index - 1;
                case "first" -> index == 0;
                case "last" -> index == length - 1;
                case "parentloop" -> parentloop;
                default -> null;
            };
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String k && KEYS.contains(k);
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            Map<String, Object> snapshot = new LinkedHashMap<>();
            for (String k : KEYS) {
                snapshot.put(k, get(k));
            }
            return snapshot.entrySet();
        }
    }

    static Node parse(Parser parser, Token token) {
        List<String> bits = token.splitContents();
        if (bits.size() < 4) {
            throw new TemplateSyntaxError("'for' statements should have at least four words: " + token.contents());
        }
        boolean reversed = bits.getLast().equals("reversed");
        int in = reversed ? bits.size() - 3 : bits.size() - 2;
        if (!bits.get(in).equals("in")) {
            throw new TemplateSyntaxError("'for' statements should use the format 'for x in y': " + token.contents());
        }
        String joined = String.join(" ", bits.subList(1, in));
        String[] vars = COMMA.split(joined, -1);
        for (String v : vars) {
            if (v.isEmpty() || v.contains(" ") || v.contains("\"") || v.contains("'") || v.contains("|")) {
                throw new TemplateSyntaxError("'for' tag received an invalid argument: " + token.contents());
            }
        }
        FilterExpression sequence = parser.compileFilter(bits.get(in + 1));
        NodeList body = parser.parse(Parser.until("empty", "endfor"));
        Token next = parser.nextToken();
        NodeList empty = NodeList.EMPTY;
        if (next.contents().equals("empty")) {
            empty = parser.parse(Parser.until("endfor"));
            parser.deleteFirstToken();
        }
        return new ForNode(vars, sequence, reversed, body, empty);
    }

    static List<?> asList(Object values) {
        return switch (values) {
            case null -> List.of();
            case List<?> l -> l;
            case Map<?, ?> m -> new ArrayList<>(m.keySet());
            case Collection<?> c -> new ArrayList<>(c);
            case CharSequence cs -> cs.codePoints().mapToObj(Character::toString).toList();
            case Iterable<?> it -> {
                List<Object> out = new ArrayList<>();
                it.forEach(out::add);
                yield out;
            }
            default -> {
                if (values.getClass().isArray()) {
                    int n = Array.getLength(values);
                    List<Object> out = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        out.add(Array.get(values, i));
                    }
                    yield out;
                }
                throw new TemplateRenderError("TypeError", "'" + values.getClass().getSimpleName() + "' object is not iterable");
            }
        };
    }

    static final class ForNode extends Node {
        private final String[] vars;
        private final FilterExpression sequence;
        private final boolean reversed;
        private final NodeList body;
        private final NodeList empty;

        ForNode(String[] vars, FilterExpression sequence, boolean reversed, NodeList body, NodeList empty) {
            this.vars = vars;
            this.sequence = sequence;
            this.reversed = reversed;
            this.body = body;
            this.empty = empty;
        }

        @Override
        void render(Context context, StringBuilder out) {
            Object parent = context.lookup("forloop", Variable.MISSING);
            if (parent == Variable.MISSING) {
                parent = new LinkedHashMap<String, Object>();
            }
            int scopes = context.scopeDepth();
            context.push();
            try {
                List<?> values = asList(sequence.resolve(context, true));
                int n = values.size();
                if (n < 1) {
                    empty.render(context, out);
                    return;
                }
                ForLoop loop = new ForLoop(parent, n);
                context.set("forloop", loop);
                boolean unpack = vars.length > 1;
                for (int i = 0; i < n; i++) {
                    Object item = values.get(reversed ? n - 1 - i : i);
                    loop.index = i;
                    if (unpack) {
                        List<?> parts = unpackable(item);
                        int len = parts == null ? 1 : parts.size();
                        if (len != vars.length) {
                            throw new TemplateRenderError("ValueError",
                                    "Need " + vars.length + " values to unpack in for loop; got " + len + ". ");
                        }
                        Map<String, Object> scope = new java.util.HashMap<>();
                        for (int v = 0; v < vars.length; v++) {
                            scope.put(vars[v], parts.get(v));
                        }
                        context.push(scope);
                        body.render(context, out);
                        context.pop();
                    } else {
                        context.set(vars[0], item);
                        body.render(context, out);
                    }
                }
            } finally {
                context.popTo(scopes);
            }
        }

        private static List<?> unpackable(Object item) {
            if (item instanceof CharSequence || item instanceof Map<?, ?> || item instanceof Collection<?>
                    || (item != null && item.getClass().isArray())) {
                return asList(item);
            }
            return null;
        }

        @Override
        List<NodeList> children() {
            return List.of(body, empty);
        }

        @Override
        public String toString() {
            return "<ForNode: for " + String.join(", ", vars) + " in " + sequence + ", tail_len: " + Python.str(0) + ">";
        }
    }
}

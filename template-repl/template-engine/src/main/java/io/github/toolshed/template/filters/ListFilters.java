package io.github.toolshed.template.filters;

import io.github.toolshed.template.SafeString;
import io.github.toolshed.template.TemplateRenderError;
import io.github.toolshed.template.python.PyTuple;
import io.github.toolshed.template.python.Python;
import io.github.toolshed.template.spi.FilterContext;
import io.github.toolshed.template.spi.FilterSpec;
import io.github.toolshed.template.spi.FilterSpec.Arity;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Filters about sequences and defaults: sorting, picking, joining, slicing, lengths, yes/no. */
final class ListFilters {

    private ListFilters() {}

    static void register(List<FilterSpec> specs) {
        specs.add(FilterSpec.of("default", Arity.REQUIRED, (v, a, c) -> Python.truthy(v) ? v : a));
        specs.add(FilterSpec.of("default_if_none", Arity.REQUIRED, (v, a, c) -> v == null ? a : v));
        specs.add(FilterSpec.of("dictsort", Arity.REQUIRED, (v, a, c) -> dictsort(v, a, c, false)));
        specs.add(FilterSpec.of("dictsortreversed", Arity.REQUIRED, (v, a, c) -> dictsort(v, a, c, true)));
        specs.add(FilterSpec.of("first", Arity.NONE, (v, a, c) -> first(v)));
        specs.add(FilterSpec.of("last", Arity.NONE, (v, a, c) -> last(v)).safe());
        specs.add(FilterSpec.of("join", Arity.REQUIRED, ListFilters::join).safe().needingAutoescape());
        specs.add(FilterSpec.of("length", Arity.NONE, (v, a, c) -> length(v)));
        specs.add(FilterSpec.of("length_is", Arity.REQUIRED, (v, a, c) -> lengthIs(v, a)));
        specs.add(FilterSpec.of("random", Arity.NONE, (v, a, c) -> random(v)).safe());
        specs.add(FilterSpec.of("slice", Arity.REQUIRED, (v, a, c) -> Slicing.slice(v, a)).safe());
        specs.add(FilterSpec.of("unordered_list", Arity.NONE, (v, a, c) -> UnorderedList.render(v, c.autoescape()))
                .safe()
                .needingAutoescape());
        specs.add(FilterSpec.of("yesno", Arity.OPTIONAL, ListFilters::yesno));
        specs.add(FilterSpec.of("pprint", Arity.NONE, (v, a, c) -> PrettyPrint.pformat(v)).safe());
    }

    private static Object dictsort(Object value, Object arg, FilterContext context, boolean reversed) {
        List<Object> items = Values.items(value);
        if (items == null || arg == null) {
            return "";
        }
        KeyResolver resolver;
        try {
            resolver = KeyResolver.of(arg, context);
        } catch (TemplateRenderError e) {
            return "";
        }
        try {
            List<Object[]> keyed = new ArrayList<>(items.size());
            for (Object item : items) {
                keyed.add(new Object[] {resolver.resolve(item), item});
            }
            Comparator<Object[]> byKey = (x, y) -> Python.compare(x[0], y[0]);
            keyed.sort(reversed ? byKey.reversed() : byKey);
            List<Object> out = new ArrayList<>(keyed.size());
            for (Object[] pair : keyed) {
                out.add(pair[1]);
            }
            return out;
        } catch (TemplateRenderError e) {
            if (e.kind().equals("TypeError") || e.kind().equals("AttributeError")) {
                return "";
            }
            throw e;
        }
    }

    static Object first(Object value) {
        if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (Python.equal(e.getKey(), 0L)) {
                    return e.getValue();
                }
            }
            throw new TemplateRenderError("KeyError", "0");
        }
        if (!Values.isSequence(value)) {
            throw new TemplateRenderError("TypeError", "'" + Python.typeName(value) + "' object is not subscriptable");
        }
        List<Object> items = Values.items(value);
        return items.isEmpty() ? "" : items.getFirst();
    }

    static Object last(Object value) {
        if (!Values.isSequence(value)) {
            throw new TemplateRenderError("TypeError", "'" + Python.typeName(value) + "' object is not subscriptable");
        }
        List<Object> items = Values.items(value);
        return items.isEmpty() ? "" : items.getLast();
    }

    private static Object join(Object value, Object arg, FilterContext context) {
        List<Object> items = Values.items(value);
        if (items == null) {
            return value;
        }
        String separator = Values.conditionalEscape(arg);
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (Object item : items) {
            if (!(item instanceof CharSequence) && !context.autoescape()) {
                return value;
            }
            out.append(first ? "" : separator);
            out.append(context.autoescape() ? Values.conditionalEscape(item) : Values.text(item));
            first = false;
        }
        return SafeString.of(out.toString());
    }

    static int length(Object value) {
        try {
            return Python.len(value);
        } catch (TemplateRenderError e) {
            return 0;
        }
    }

    static Object lengthIs(Object value, Object arg) {
        int len;
        BigInteger expected;
        try {
            len = Python.len(value);
            expected = Python.toInt(arg);
        } catch (TemplateRenderError e) {
            if (e.kind().equals("TypeError") || e.kind().equals("ValueError")) {
                return "";
            }
            throw e;
        }
        return expected.equals(BigInteger.valueOf(len));
    }

    static Object random(Object value) {
        if (!Values.isSequence(value)) {
            throw new TemplateRenderError("TypeError", "object of type '" + Python.typeName(value) + "' has no len()");
        }
        List<Object> items = Values.items(value);
        if (items.isEmpty()) {
            throw new TemplateRenderError("IndexError", "Cannot choose from an empty sequence");
        }
        return items.get(ThreadLocalRandom.current().nextInt(items.size()));
    }

    private static Object yesno(Object value, Object arg, FilterContext context) {
        String spec = arg == null ? "yes,no,maybe" : Values.text(arg);
        String[] bits = spec.split(",", -1);
        if (bits.length < 2) {
            return value;
        }
        String yes = bits[0];
        String no = bits[1];
        String maybe = bits.length == 3 ? bits[2] : bits[1];
        if (value == null) {
            return maybe;
        }
        return Python.truthy(value) ? yes : no;
    }

    /** Resolves Django's dictsort argument against each item. */
    private record KeyResolver(Object index, String[] parts, FilterContext context) {

        static KeyResolver of(Object arg, FilterContext context) {
            if (arg instanceof Number || arg instanceof Boolean) {
                return new KeyResolver(arg, null, context);
            }
            String path = Values.text(arg);
            try {
                Python.toFloat(path);
                return new KeyResolver(path, null, context);
            } catch (TemplateRenderError notNumeric) {
                if (path.contains("._") || path.startsWith("_")) {
                    throw new TemplateRenderError("AttributeError", "Access to private variables is forbidden.");
                }
                return new KeyResolver(null, path.split("\\.", -1), context);
            }
        }

        Object resolve(Object item) {
            if (parts == null) {
                return itemGetter(item, index);
            }
            Object current = item;
            for (String part : parts) {
                current = attribute(current, part);
            }
            return current;
        }

        private static Object itemGetter(Object item, Object key) {
            if (item instanceof Map<?, ?> m) {
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    if (Python.equal(e.getKey(), key)) {
                        return e.getValue();
                    }
                }
                throw new TemplateRenderError("KeyError", Python.repr(key));
            }
            if (Values.isSequence(item) && (key instanceof Number || key instanceof Boolean) && !(key instanceof Double)) {
                List<Object> items = Values.items(item);
                int i = Values.toInt(key);
                int at = i < 0 ? items.size() + i : i;
                if (at < 0 || at >= items.size()) {
                    throw new TemplateRenderError("IndexError", "index out of range");
                }
                return items.get(at);
            }
            throw new TemplateRenderError("TypeError", "item lookup not supported");
        }

        private Object attribute(Object current, String part) {
            if (current instanceof Map<?, ?> m && m.containsKey(part)) {
                return m.get(part);
            }
            if (current == null || current instanceof Map<?, ?> || current instanceof CharSequence
                    || current instanceof List<?> || Python.isNumeric(current) || current instanceof PyTuple) {
                throw new TemplateRenderError("AttributeError", "no attribute '" + part + "'");
            }
            try {
                return context.lookup(current, part);
            } catch (TemplateRenderError e) {
                throw new TemplateRenderError("AttributeError", "no attribute '" + part + "'");
            }
        }
    }
}

package io.github.toolshed.template.filters;

import io.github.toolshed.template.TemplateRenderError;
import io.github.toolshed.template.python.PyTuple;
import io.github.toolshed.template.python.Python;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's {@code pprint.pformat} (width 80, dictionaries sorted by key): containers that do not
 * fit on a line are broken one item per line, long strings into adjacent literals.
 */
final class PrettyPrint {

    private static final int WIDTH = 80;
    private static final Pattern STRING_PARTS = Pattern.compile("\\S*\\s*");

    private final StringBuilder out = new StringBuilder();
    private final Set<Object> open = Collections.newSetFromMap(new IdentityHashMap<>());

    private PrettyPrint() {}

    static String pformat(Object value) {
        try {
            PrettyPrint printer = new PrettyPrint();
            printer.format(value, 0, 0, 0);
            return printer.out.toString();
        } catch (TemplateRenderError e) {
            return "Error in formatting: " + e.kind() + ": " + e.getMessage();
        }
    }

    /** Python's {@code repr} with dictionaries in key order, as pprint shows them. */
    static String saferepr(Object value) {
        return saferepr(value, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static String recursion(Object value) {
        return "<Recursion on " + Python.typeName(value) + " with id=" + System.identityHashCode(value) + ">";
    }

    private static String saferepr(Object value, Set<Object> seen) {
        boolean container = value instanceof Map<?, ?> || value instanceof Collection<?>;
        if (container && !seen.add(value)) {
            return recursion(value);
        }
        try {
            return containerRepr(value, seen);
        } finally {
            if (container) {
                seen.remove(value);
            }
        }
    }

    private static String containerRepr(Object value, Set<Object> seen) {
        if (value instanceof Map<?, ?> m) {
            StringBuilder s = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<?, ?> e : sorted(m)) {
                s.append(first ? "" : ", ").append(saferepr(e.getKey(), seen)).append(": ").append(saferepr(e.getValue(), seen));
                first = false;
            }
            return s.append('}').toString();
        }
        if (value instanceof PyTuple t) {
            StringBuilder s = new StringBuilder("(");
            for (int i = 0; i < t.size(); i++) {
                s.append(i == 0 ? "" : ", ").append(saferepr(t.get(i), seen));
            }
            return s.append(t.size() == 1 ? ",)" : ")").toString();
        }
        if (value instanceof Collection<?> c) {
            StringBuilder s = new StringBuilder("[");
            boolean first = true;
            for (Object item : c) {
                s.append(first ? "" : ", ").append(saferepr(item, seen));
                first = false;
            }
            return s.append(']').toString();
        }
        return Python.repr(value);
    }

    private static List<Map.Entry<?, ?>> sorted(Map<?, ?> m) {
        List<Map.Entry<?, ?>> entries = new ArrayList<>(m.entrySet());
        entries.sort((a, b) -> {
            try {
                return Python.compare(a.getKey(), b.getKey());
            } catch (TemplateRenderError e) {
                return Python.typeName(a.getKey()).compareTo(Python.typeName(b.getKey()));
            }
        });
        return entries;
    }

    private void format(Object value, int indent, int allowance, int level) {
        boolean container = value instanceof Map<?, ?> || value instanceof Collection<?>;
        if (container && open.contains(value)) {
            out.append(recursion(value));
            return;
        }
        if (container) {
            open.add(value);
        }
        try {
            formatChecked(value, indent, allowance, level);
        } finally {
            if (container) {
                open.remove(value);
            }
        }
    }

    private void formatChecked(Object value, int indent, int allowance, int level) {
        String rep = saferepr(value);
        int maxWidth = WIDTH - indent - allowance;
        if (rep.length() > maxWidth) {
            if (value instanceof Map<?, ?> m && !m.isEmpty()) {
                out.append('{');
                formatDictItems(sorted(m), indent, allowance + 1, level + 1);
                out.append('}');
                return;
            }
            if (value instanceof PyTuple t && !t.isEmpty()) {
                out.append('(');
                String end = t.size() == 1 ? ",)" : ")";
                formatItems(t, indent, allowance + end.length(), level + 1);
                out.append(end);
                return;
            }
            if (value instanceof Collection<?> c && !c.isEmpty()) {
                out.append('[');
                formatItems(new ArrayList<>(c), indent, allowance + 1, level + 1);
                out.append(']');
                return;
            }
            if (value instanceof CharSequence cs && !cs.isEmpty()) {
                formatString(cs.toString(), indent, allowance, level + 1);
                return;
            }
        }
        out.append(rep);
    }

    private void formatDictItems(List<Map.Entry<?, ?>> items, int indentIn, int allowance, int level) {
        int indent = indentIn + 1;
        String delimiter = ",\n" + " ".repeat(indent);
        for (int i = 0; i < items.size(); i++) {
            boolean last = i == items.size() - 1;
            String key = saferepr(items.get(i).getKey());
            out.append(key).append(": ");
            format(items.get(i).getValue(), indent + key.length() + 2, last ? allowance : 1, level);
            if (!last) {
                out.append(delimiter);
            }
        }
    }

    private void formatItems(List<?> items, int indentIn, int allowance, int level) {
        int indent = indentIn + 1;
        String delimiter = ",\n" + " ".repeat(indent);
        for (int i = 0; i < items.size(); i++) {
            boolean last = i == items.size() - 1;
            out.append(i == 0 ? "" : delimiter);
            format(items.get(i), indent, last ? allowance : 1, level);
        }
    }

    private void formatString(String s, int indentIn, int allowanceIn, int level) {
        int indent = indentIn;
        int allowance = allowanceIn;
        List<String> chunks = new ArrayList<>();
        List<String> lines = TextFilters.splitLinesKeepEnds(s);
        if (level == 1) {
            indent++;
            allowance++;
        }
        int maxWidth = WIDTH - indent;
        int maxWidth1 = maxWidth;
        String rep = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            rep = Python.repr(line);
            if (i == lines.size() - 1) {
                maxWidth1 -= allowance;
            }
            if (rep.length() <= maxWidth1) {
                chunks.add(rep);
                continue;
            }
            List<String> parts = new ArrayList<>();
            Matcher m = STRING_PARTS.matcher(line);
            while (m.find()) {
                if (!m.group().isEmpty()) {
                    parts.add(m.group());
                }
            }
            int maxWidth2 = maxWidth;
            String current = "";
            for (int j = 0; j < parts.size(); j++) {
                String candidate = current + parts.get(j);
                if (j == parts.size() - 1 && i == lines.size() - 1) {
                    maxWidth2 -= allowance;
                }
                if (Python.repr(candidate).length() > maxWidth2) {
                    if (!current.isEmpty()) {
                        chunks.add(Python.repr(current));
                    }
                    current = parts.get(j);
                } else {
                    current = candidate;
                }
            }
            if (!current.isEmpty()) {
                chunks.add(Python.repr(current));
            }
        }
        if (chunks.size() == 1) {
            out.append(rep);
            return;
        }
        if (level == 1) {
            out.append('(');
        }
        for (int i = 0; i < chunks.size(); i++) {
            out.append(i == 0 ? "" : "\n" + " ".repeat(indent)).append(chunks.get(i));
        }
        if (level == 1) {
            out.append(')');
        }
    }
}

package io.github.toolshed.template.filters;

import io.github.toolshed.template.SafeString;
import io.github.toolshed.template.TemplateRenderError;
import io.github.toolshed.template.python.PyTuple;
import java.util.List;

/**
 * Django's {@code unordered_list}: a nested list ({@code ['a', ['b', 'c']]}) as {@code <li>} items
 * with nested {@code <ul>}s, a sub-list belonging to the item before it.
 */
final class UnorderedList {

    /** Nesting deeper than this is refused, as Python's recursion limit would. */
    static final int MAX_DEPTH = 900;

    private UnorderedList() {}

    static SafeString render(Object value, boolean autoescape) {
        StringBuilder out = new StringBuilder();
        format(out, value, 1, autoescape);
        return SafeString.of(out.toString());
    }

    private static void format(StringBuilder out, Object list, int tabs, boolean autoescape) {
        if (tabs > MAX_DEPTH) {
            throw new TemplateRenderError("RecursionError", "maximum recursion depth exceeded in unordered_list");
        }
        List<Object> items = Values.items(list);
        if (items == null) {
            throw new TemplateRenderError("TypeError", "'" + io.github.toolshed.template.python.Python.typeName(list)
                    + "' object is not iterable");
        }
        String indent = "\t".repeat(tabs);
        boolean firstLine = true;
        int i = 0;
        while (i < items.size()) {
            Object item = items.get(i);
            Object children = null;
            if (i + 1 < items.size() && isSubList(items.get(i + 1))) {
                children = items.get(i + 1);
                i += 2;
            } else {
                i += 1;
            }
            out.append(firstLine ? "" : "\n").append(indent).append("<li>");
            out.append(autoescape ? Values.conditionalEscape(item) : Values.text(item));
            if (children != null && !((List<?>) children).isEmpty()) {
                out.append('\n').append(indent).append("<ul>\n");
                format(out, children, tabs + 1, autoescape);
                out.append('\n').append(indent).append("</ul>\n").append(indent);
            }
            out.append("</li>");
            firstLine = false;
        }
    }

    private static boolean isSubList(Object value) {
        return value instanceof List<?> || value instanceof PyTuple;
    }
}

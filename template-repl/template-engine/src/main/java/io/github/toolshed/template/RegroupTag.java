package io.github.toolshed.template;

import io.github.toolshed.template.python.Python;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/** {@code {% regroup list by attr as name %}}: consecutive items grouped by a key. */
final class RegroupTag {

    private RegroupTag() {}

    /** One group: {@code grouper} and {@code list}, also a 2-tuple for unpacking. */
    static final class GroupedResult extends AbstractList<Object> implements Lookup.Attributes {
        final Object grouper;
        final List<Object> list;

        GroupedResult(Object grouper, List<Object> list) {
            this.grouper = grouper;
            this.list = list;
        }

        @Override
        public Object attribute(String name) {
            return switch (name) {
                case "grouper" -> grouper;
                case "list" -> list;
                default -> {
                    try {
                        int i = Integer.parseInt(name);
                        yield i == 0 || i == -2 ? grouper : i == 1 || i == -1 ? list : Variable.MISSING;
                    } catch (NumberFormatException e) {
                        yield Variable.MISSING;
                    }
                }
            };
        }

        @Override
        public Object get(int index) {
            return switch (index) {
                case 0 -> grouper;
                case 1 -> list;
                default -> throw new IndexOutOfBoundsException(index);
            };
        }

        @Override
        public int size() {
            return 2;
        }

        @Override
        public String toString() {
            return "GroupedResult(grouper=" + Python.repr(grouper) + ", list=" + Python.repr(list) + ")";
        }
    }

    static Node parse(Parser parser, Token token) {
        List<String> bits = token.splitContents();
        if (bits.size() != 6) {
            throw new TemplateSyntaxError("'regroup' tag takes five arguments");
        }
        FilterExpression target = parser.compileFilter(bits.get(1));
        if (!bits.get(2).equals("by")) {
            throw new TemplateSyntaxError("second argument to 'regroup' tag must be 'by'");
        }
        if (!bits.get(4).equals("as")) {
            throw new TemplateSyntaxError("next-to-last argument to 'regroup' tag must be 'as'");
        }
        String varName = bits.get(5);
        FilterExpression expression = parser.compileFilter(varName + "." + bits.get(3));
        return new Node() {
            @Override
            void render(Context context, StringBuilder out) {
                Object objects = target.resolve(context, true);
                if (objects == null) {
                    context.set(varName, List.of());
                    return;
                }
                List<Object> groups = new ArrayList<>();
                Object currentKey = null;
                List<Object> current = null;
                for (Object item : ForTag.asList(objects)) {
                    context.set(varName, item);
                    Object key = expression.resolve(context, true);
                    if (current == null || !Python.equal(key, currentKey)) {
                        current = new ArrayList<>();
                        currentKey = key;
                        groups.add(new GroupedResult(key, current));
                    }
                    current.add(item);
                }
                context.set(varName, groups);
            }
        };
    }
}

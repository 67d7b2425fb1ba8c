package io.github.toolshed.template;

import io.github.toolshed.template.spi.FilterSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Tag libraries that {@code {% load %}} makes available to one template. */
final class Libraries {

    /** A named set of filters and tags. */
    record Library(String name, Map<String, FilterSpec> filters, Map<String, TagParser> tags) {}

    private Libraries() {}

    /** Libraries every engine knows without registration. */
    static Map<String, Library> builtinLibraries() {
        return new LinkedHashMap<>();
    }

    /** {@code {% load lib1 lib2 %}} and {@code {% load name1 name2 from lib %}}. */
    static Node load(Parser parser, Token token) {
        String[] bits = token.contents().trim().split("\\s+");
        Map<String, Library> known = parser.engine.libraries();
        if (bits.length >= 4 && bits[bits.length - 2].equals("from")) {
            String libName = bits[bits.length - 1];
            Library lib = find(known, libName);
            for (int i = 1; i < bits.length - 2; i++) {
                String name = bits[i];
                boolean found = false;
                if (lib.tags().containsKey(name)) {
                    parser.tags.put(name, lib.tags().get(name));
                    found = true;
                }
                if (lib.filters().containsKey(name)) {
                    parser.filters.put(name, lib.filters().get(name));
                    found = true;
                }
                if (!found) {
                    throw new TemplateSyntaxError("'" + name + "' is not a valid tag or filter in tag library '" + libName + "'");
                }
            }
        } else {
            List<Library> libs = new ArrayList<>();
            for (int i = 1; i < bits.length; i++) {
                libs.add(find(known, bits[i]));
            }
            for (Library lib : libs) {
                parser.tags.putAll(lib.tags());
                parser.filters.putAll(lib.filters());
            }
        }
        return new LoadNode();
    }

    private static Library find(Map<String, Library> known, String name) {
        Library lib = known.get(name);
        if (lib == null) {
            throw new TemplateSyntaxError("'" + name + "' is not a registered tag library. Must be one of:\n"
                    + String.join("\n", new TreeSet<>(known.keySet())));
        }
        return lib;
    }

    /** Renders nothing; loading happens at compile time. */
    static final class LoadNode extends Node {
        @Override
        void render(Context context, StringBuilder out) {
            // compile-time only
        }
    }
}

package io.github.toolshed.template;

import io.github.toolshed.template.spi.Library;
import java.util.ArrayList;
import java.util.List;

/** Tag libraries that {@code {% load %}} makes available to one template. */
final class Libraries {

    private Libraries() {}

    /** Makes every tag and filter of {@code lib} visible in the template under its own name. */
    static void loadAll(Parser parser, Library lib) {
        lib.tags().forEach((name, tag) -> parser.tags.put(name, LibraryTags.compiler(tag)));
        parser.filters.putAll(lib.filters());
    }

    /** {@code {% load lib1 lib2 %}} and {@code {% load name1 name2 from lib %}}. */
    static Node load(Parser parser, Token token) {
        String[] bits = token.contents().trim().split("\\s+");
        LibraryRegistry known = parser.engine.libraries();
        if (bits.length >= 4 && bits[bits.length - 2].equals("from")) {
            String libName = bits[bits.length - 1];
            Library lib = find(known, libName);
            for (int i = 1; i < bits.length - 2; i++) {
                String name = bits[i];
                boolean found = false;
                if (lib.tags().containsKey(name)) {
                    parser.tags.put(name, LibraryTags.compiler(lib.tags().get(name)));
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
                loadAll(parser, lib);
            }
        }
        return new LoadNode();
    }

    private static Library find(LibraryRegistry known, String name) {
        return known.find(name, null);
    }

    /** Renders nothing; loading happens at compile time. */
    static final class LoadNode extends Node {
        @Override
        void render(Context context, StringBuilder out) {
            // compile-time only
        }
    }
}

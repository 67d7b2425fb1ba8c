package io.github.toolshed.template;

import io.github.toolshed.template.spi.Library;
import java.util.List;
import java.util.TreeSet;

/**
 * The libraries an engine knows, in registration order. An unqualified name finds the library
 * registered last (Django's app order); an owner qualifier ({@code from app}) finds the library of
 * that owner, given dotted in full or as an unambiguous last segment.
 */
final class LibraryRegistry {

    private final List<Library> libraries;

    LibraryRegistry(List<Library> libraries) {
        this.libraries = List.copyOf(libraries);
    }

    List<Library> all() {
        return libraries;
    }

    /** Whether any owner provides a library of this name. */
    boolean has(String name) {
        return libraries.stream().anyMatch(l -> l.name().equals(name));
    }

    /** The library {@code name} (of {@code owner} when not null). */
    Library find(String name, String owner) {
        List<Library> named = libraries.stream().filter(l -> l.name().equals(name)).toList();
        if (named.isEmpty()) {
            throw new TemplateSyntaxError("'" + name + "' is not a registered tag library. Must be one of:\n"
                    + String.join("\n", names()));
        }
        if (owner == null) {
            return named.getLast();
        }
        List<Library> exact = named.stream().filter(l -> l.owner().equals(owner)).toList();
        if (!exact.isEmpty()) {
            return exact.getLast();
        }
        List<Library> bySuffix = named.stream().filter(l -> l.owner().endsWith("." + owner)).toList();
        List<String> owners = bySuffix.stream().map(Library::owner).distinct().toList();
        if (owners.size() == 1) {
            return bySuffix.getLast();
        }
        if (owners.size() > 1) {
            throw new TemplateSyntaxError("'" + owner + "' is ambiguous for tag library '" + name + "': it may be "
                    + String.join(" or ", owners));
        }
        throw new TemplateSyntaxError("Tag library '" + name + "' is not provided by '" + owner + "'. It is provided by: "
                + String.join(", ", named.stream().map(Library::owner).distinct().toList()));
    }

    private TreeSet<String> names() {
        TreeSet<String> out = new TreeSet<>();
        libraries.forEach(l -> out.add(l.name()));
        return out;
    }

}

package io.github.toolshed.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** The built-in {@link Loader}s. */
public final class Loaders {

    private Loaders() {}

    /**
     * A loader over an in-memory map of name to source (copied).
     *
     * @param templates template sources by name
     * @return the loader
     */
    public static Loader map(Map<String, String> templates) {
        Map<String, String> copy = Map.copyOf(templates);
        return copy::get;
    }

    /**
     * A loader reading UTF-8 resources below a classpath prefix, e.g. {@code "templates/"}.
     *
     * @param classLoader the class loader to read from
     * @param prefix the resource prefix (a trailing slash is added when missing)
     * @return the loader
     */
    public static Loader classpath(ClassLoader classLoader, String prefix) {
        Objects.requireNonNull(classLoader, "classLoader");
        String base = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
        return name -> {
            String safe = safeRelativeName(name);
            try (InputStream in = classLoader.getResourceAsStream(base + safe)) {
                return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /**
     * A loader reading UTF-8 files below one or more directories, searched in order. Names that
     * are absolute or climb out of the directory ({@code ../}) are refused, as are symbolic links
     * that lead outside it.
     *
     * @param directories the template directories
     * @return the loader
     */
    public static Loader filesystem(Path... directories) {
        List<Path> roots = List.of(directories).stream().map(p -> p.toAbsolutePath().normalize()).toList();
        return name -> {
            String safe = safeRelativeName(name);
            for (Path root : roots) {
                Path file = root.resolve(safe).normalize();
                if (!file.startsWith(root)) {
                    throw new TemplateException("template name escapes the template directory: '" + name + "'");
                }
                try {
                    if (Files.isRegularFile(file)) {
                        Path real = file.toRealPath();
                        if (!real.startsWith(root.toRealPath())) {
                            throw new TemplateException("template name escapes the template directory: '" + name + "'");
                        }
                        return Files.readString(real, StandardCharsets.UTF_8);
                    }
                } catch (NoSuchFileException e) {
                    // try the next directory
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return null;
        };
    }

    /**
     * A loader that asks its delegates in order and makes the engine compile each template once:
     * the compiled template is shared by every later request of that name (Django's cached loader).
     *
     * @param delegates the loaders to ask, in order
     * @return the caching loader
     */
    public static Loader cached(Loader... delegates) {
        return new Cached(List.of(delegates));
    }

    static String safeRelativeName(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.startsWith("\\") || name.indexOf('\0') >= 0
                || (name.length() > 1 && name.charAt(1) == ':')) {
            throw new TemplateException("template name refused (empty, absolute or contains NUL): '" + name + "'");
        }
        for (String part : name.replace('\\', '/').split("/")) {
            if (part.equals("..")) {
                throw new TemplateException("template name refused (climbs out with '..'): '" + name + "'");
            }
        }
        return name;
    }

    /** Marker and cache of compiled templates for {@link #cached(Loader...)}. */
    static final class Cached implements Loader {
        final List<Loader> delegates;
        final Map<String, Template> compiled = new ConcurrentHashMap<>();

        Cached(List<Loader> delegates) {
            this.delegates = delegates;
        }

        @Override
        public String load(String name) {
            for (Loader l : delegates) {
                String s = l.load(name);
                if (s != null) {
                    return s;
                }
            }
            return null;
        }
    }
}

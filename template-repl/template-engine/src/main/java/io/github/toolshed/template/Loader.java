package io.github.toolshed.template;

/**
 * Finds template source by name. Implementations must be thread-safe. See {@link Loaders} for the
 * built-in ones (map, classpath, filesystem, cached).
 */
@FunctionalInterface
public interface Loader {

    /**
     * Returns the source of a template.
     *
     * @param name the template name, e.g. {@code "blog/post.html"}
     * @return the source, or null when this loader has no such template
     * @throws TemplateException when the name is refused (e.g. it escapes a directory)
     */
    String load(String name);
}

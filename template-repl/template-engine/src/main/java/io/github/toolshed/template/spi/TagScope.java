package io.github.toolshed.template.spi;

import io.github.toolshed.template.Context;
import io.github.toolshed.template.Engine;

/**
 * What a tag sees while it renders: the variables, the auto-escape state, the settings and the
 * engine (to load other templates). One scope serves one rendering; it is not thread-safe.
 */
public interface TagScope {

    /**
     * The variables of the current rendering (push and pop scopes around your changes).
     *
     * @return the context
     */
    Context context();

    /**
     * Whether output is HTML-escaped where the tag renders.
     *
     * @return the autoescape state
     */
    boolean autoescape();

    /**
     * The engine's settings (time zone, formats, clock).
     *
     * @return the settings
     */
    TemplateSettings settings();

    /**
     * The engine rendering the template.
     *
     * @return the engine
     */
    Engine engine();

    /**
     * The name of the template the tag appears in ({@code "<string>"} for string templates).
     *
     * @return the template name
     */
    String templateName();

    /**
     * Writes a value the way {@code {{ value }}} would: localized, and HTML-escaped under
     * auto-escaping unless it is a {@link io.github.toolshed.template.SafeString}.
     *
     * @param value the value (may be null)
     * @param out the output
     */
    void display(Object value, StringBuilder out);

    /**
     * Renders another template with the given variables into {@code out}, counting towards the
     * engine's include depth limit (what an inclusion tag does).
     *
     * @param name the template name, loaded through the engine's loaders
     * @param values the template's variables
     * @param out the output
     */
    void renderTemplate(String name, java.util.Map<String, ?> values, StringBuilder out);
}

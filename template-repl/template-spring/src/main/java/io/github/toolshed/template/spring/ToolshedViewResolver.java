package io.github.toolshed.template.spring;

import io.github.toolshed.template.Engine;
import io.github.toolshed.template.TemplateDoesNotExist;
import java.util.Locale;
import java.util.Objects;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Resolves a view name to a {@link ToolshedView}: {@code "blog/post"} becomes the template
 * {@code blog/post.html} of the engine's loaders. Names starting with {@code redirect:} or
 * {@code forward:} and names without a template are left to the next resolver (null).
 */
public class ToolshedViewResolver implements ViewResolver, Ordered {

    private final Engine engine;
    private final String suffix;
    private final String contentType;
    private final int order;
    private volatile ViewBreakpoints breakpoints = ViewBreakpoints.NONE;

    /**
     * Creates a resolver.
     *
     * @param engine the engine whose loaders hold the templates
     * @param suffix appended to view names, e.g. {@code ".html"}
     * @param contentType content type of the rendered views
     * @param order this resolver's order
     */
    public ToolshedViewResolver(Engine engine, String suffix, String contentType, int order) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.suffix = Objects.requireNonNull(suffix, "suffix");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.order = order;
    }

    @Override
    public View resolveViewName(String viewName, Locale locale) {
        if (viewName.startsWith("redirect:") || viewName.startsWith("forward:")) {
            return null;
        }
        String name = viewName + suffix;
        try {
            engine.getTemplate(name);
        } catch (TemplateDoesNotExist e) {
            if (name.equals(e.name())) {
                return null;
            }
            throw e;
        }
        return new ToolshedView(engine, name, contentType, breakpoints);
    }

    /** Makes the views this resolver creates pause at {@code {% repl %}} (the dev property). */
    void breakpoints(ViewBreakpoints value) {
        this.breakpoints = Objects.requireNonNull(value, "breakpoints");
    }

    @Override
    public int getOrder() {
        return order;
    }

    /**
     * The engine behind this resolver.
     *
     * @return the engine
     */
    public Engine engine() {
        return engine;
    }
}

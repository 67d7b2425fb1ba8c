package io.github.toolshed.template.conformance;

import io.github.toolshed.template.Context;
import io.github.toolshed.template.Engine;
import io.github.toolshed.template.Loader;
import io.github.toolshed.template.Loaders;
import io.github.toolshed.template.Template;
import io.github.toolshed.template.TemplateDoesNotExist;
import io.github.toolshed.template.TemplateException;
import io.github.toolshed.template.TemplateRenderError;
import io.github.toolshed.template.TemplateSyntaxError;
import java.util.Map;
import java.util.Objects;

/** Runs one conformance case against the engine, as the corpus README describes. */
public final class CaseRunner {

    /**
     * The outcome of one case.
     *
     * @param testCase the case
     * @param passed whether the engine matched Django
     * @param actual what the engine rendered, or {@code "raised <Kind>: message"}
     */
    public record Result(ConformanceCase testCase, boolean passed, String actual) {}

    private CaseRunner() {}

    /**
     * Runs a case.
     *
     * @param c the case
     * @return the result
     */
    public static Result run(ConformanceCase c) {
        Map<String, Object> options = c.options();
        boolean autoescape = !Boolean.FALSE.equals(options.get("autoescape"));
        String invalid = Objects.toString(options.getOrDefault("string_if_invalid", ""), "");
        boolean debug = Boolean.TRUE.equals(options.get("debug"));
        boolean cached = Boolean.TRUE.equals(options.get("cached"));
        Loader map = Loaders.map(c.templates());
        Engine engine = Engine.builder()
                .loader(cached ? Loaders.cached(map) : map)
                .autoescape(autoescape)
                .stringIfInvalid(invalid)
                .debug(debug)
                .build();
        try {
            Template t = c.render().equals("__string__")
                    ? engine.fromString(c.templates().get("__string__"))
                    : engine.getTemplate(c.render());
            String out = t.render(new Context(ContextDecoder.decodeContext(c.context()), autoescape));
            return new Result(c, c.error() == null && out.equals(c.expected()), out);
        } catch (TemplateException e) {
            String kind = kind(e);
            return new Result(c, kind.equals(c.error()), "raised " + kind + ": " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(c, false, "crashed " + e);
        }
    }

    /** The Python exception class name Django would use for an engine exception. */
    static String kind(TemplateException e) {
        return switch (e) {
            case TemplateSyntaxError s -> "TemplateSyntaxError";
            case TemplateDoesNotExist d -> "TemplateDoesNotExist";
            case TemplateRenderError r -> r.kind();
            default -> "TemplateException";
        };
    }
}

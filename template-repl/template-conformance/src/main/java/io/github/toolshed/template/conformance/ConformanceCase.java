package io.github.toolshed.template.conformance;

import java.util.Map;

/**
 * One line of a conformance corpus: templates, the template to render, the encoded context,
 * engine options and Django's result (output or error class).
 *
 * @param id the upstream test id
 * @param area what the case is about (a tag, {@code filter:name}, a topic)
 * @param templates every loadable template, name to source
 * @param render the name of the template to render ({@code __string__} = built from a string)
 * @param context the encoded context
 * @param options engine options and settings
 * @param expected Django's output, or null when Django raised
 * @param error the class name of Django's exception, or null
 */
public record ConformanceCase(
        String id,
        String area,
        Map<String, String> templates,
        String render,
        Map<String, Object> context,
        Map<String, Object> options,
        String expected,
        String error) {

    /**
     * Whether the case is in scope for the engine: every area except i18n, url and static.
     *
     * @return true when in scope
     */
    public boolean inScope() {
        return !area.startsWith("i18n:") && !area.equals("url") && !area.equals("static");
    }

    @SuppressWarnings("unchecked")
    static ConformanceCase fromJson(Map<String, Object> m) {
        return new ConformanceCase(
                (String) m.get("id"),
                (String) m.get("area"),
                (Map<String, String>) (Map<String, ?>) m.get("templates"),
                (String) m.get("render"),
                (Map<String, Object>) m.getOrDefault("context", Map.of()),
                (Map<String, Object>) m.getOrDefault("options", Map.of()),
                (String) m.get("expected"),
                (String) m.get("error"));
    }
}

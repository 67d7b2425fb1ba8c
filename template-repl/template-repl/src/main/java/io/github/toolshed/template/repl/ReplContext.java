package io.github.toolshed.template.repl;

import java.util.Map;

/**
 * Context values for the REPL from JSON text (the shell's {@code --context} and
 * {@code --context-file}, the REPL's {@code :set}). Strict JSON only: nothing is ever evaluated.
 */
public final class ReplContext {

    private ReplContext() {
    }

    /**
     * Parses a JSON object into context values: objects become insertion-ordered maps, arrays
     * lists, whole numbers {@code Integer}/{@code Long}/{@code BigInteger}, other numbers
     * {@code Double}, {@code null} None.
     *
     * @param json the JSON text, an object at the top
     * @return the variables, mutable, in the object's order
     * @throws TemplateReplException naming the line and column, e.g.
     *     {@code line 1, column 7: expected ':', found '}'}
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> fromJson(String json) {
        Object value = Json.parse(json);
        if (!(value instanceof Map<?, ?>)) {
            throw new TemplateReplException("line 1, column 1: expected a JSON object ({...}) of variables, found "
                    + describe(value));
        }
        return (Map<String, Object>) value;
    }

    /**
     * Parses any JSON value (object, array, string, number, boolean or null).
     *
     * @param json the JSON text
     * @return the value
     * @throws TemplateReplException naming the line and column
     */
    public static Object valueFromJson(String json) {
        return Json.parse(json);
    }

    private static String describe(Object value) {
        return switch (value) {
            case null -> "null";
            case java.util.List<?> _ -> "an array";
            case String _ -> "a string";
            case Boolean _ -> "a boolean";
            default -> "a number";
        };
    }
}

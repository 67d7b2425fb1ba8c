package io.github.toolshed.shell;

import java.util.Map;

/** Writes the small JSON documents commands print (string maps), escaped per RFC 8259. */
public final class Json {

    private Json() {}

    /**
     * Returns a JSON object with string values, in the map's iteration order, on one line.
     *
     * @param values the names and values
     * @return the JSON text
     */
    public static String object(Map<String, String> values) {
        StringBuilder json = new StringBuilder("{");
        values.forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(", ");
            }
            string(json, name).append(": ");
            string(json, value);
        });
        return json.append('}').toString();
    }

    /**
     * Returns a JSON string literal.
     *
     * @param value the value
     * @return the quoted, escaped text
     */
    public static String string(String value) {
        return string(new StringBuilder(), value).toString();
    }

    private static StringBuilder string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}

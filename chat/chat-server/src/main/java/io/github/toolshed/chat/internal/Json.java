package io.github.toolshed.chat.internal;

/** A minimal JSON writer for the server's frames: objects of strings, numbers, booleans and arrays. */
final class Json {

    private final StringBuilder out;
    private boolean first = true;

    private Json(int capacity) {
        out = new StringBuilder(capacity);
    }

    /** Starts an object whose first field is {@code "type": type}. */
    static Json frame(String type, int capacity) {
        Json json = new Json(capacity);
        json.out.append('{');
        return json.field("type", type);
    }

    Json field(String name, String value) {
        key(name);
        if (value == null) {
            out.append("null");
        } else {
            string(out, value);
        }
        return this;
    }

    Json field(String name, long value) {
        key(name);
        out.append(value);
        return this;
    }

    Json field(String name, boolean value) {
        key(name);
        out.append(value);
        return this;
    }

    /** Appends a field whose value is already-encoded JSON. */
    Json raw(String name, CharSequence json) {
        key(name);
        out.append(json);
        return this;
    }

    String end() {
        return out.append('}').toString();
    }

    private void key(String name) {
        if (!first) {
            out.append(',');
        }
        first = false;
        string(out, name);
        out.append(':');
    }

    /** Writes a JSON string literal, escaping quotes, backslashes, control characters and line separators. */
    static void string(StringBuilder out, String value) {
        out.append('"');
        int plain = 0;
        while (plain < value.length() && plainChar(value.charAt(plain))) {
            plain++;
        }
        out.append(value, 0, plain);
        for (int i = plain; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean plainChar(char c) {
        return c >= 0x20 && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029';
    }
}

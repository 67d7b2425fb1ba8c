package io.github.toolshed.shell.template;

import io.github.toolshed.shell.ShellException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a template context from JSON text (RFC 8259): the top level must be an object; objects
 * become ordered maps, arrays lists, integers {@code Long} (or {@code Double} when too large),
 * other numbers {@code Double}. Nothing is evaluated. A syntax error is a {@link ShellException}
 * (exit 2) naming the line and column, with the offending line and a caret under the position.
 */
final class JsonContext {

    private static final int MAX_DEPTH = 512;

    private final String text;
    private final String source;
    private int pos;
    private int depth;

    private JsonContext(String text, String source) {
        this.text = text;
        this.source = source;
    }

    /**
     * Parses a JSON object.
     *
     * @param text the JSON text
     * @param source where the text came from, for messages ({@code --context} or a file name)
     * @return the object's members, in document order
     */
    static Map<String, Object> parse(String text, String source) {
        JsonContext reader = new JsonContext(text, source);
        reader.skipSpace();
        if (reader.peek() != '{') {
            throw reader.error("expected a JSON object ('{')");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) reader.value();
        reader.skipSpace();
        if (reader.pos < text.length()) {
            throw reader.error("unexpected text after the JSON object");
        }
        return values;
    }

    private Object value() {
        skipSpace();
        return switch (peek()) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            case (char) -1 -> throw error("unexpected end of input, expected a value");
            default -> number();
        };
    }

    private Map<String, Object> object() {
        enter();
        pos++;
        Map<String, Object> members = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
            pos++;
            depth--;
            return members;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw error("expected a member name in double quotes");
            }
            String name = string();
            skipSpace();
            expect(':');
            members.put(name, value());
            skipSpace();
            char c = peek();
            if (c == ',') {
                pos++;
            } else if (c == '}') {
                pos++;
                depth--;
                return members;
            } else {
                throw error("expected ',' or '}'");
            }
        }
    }

    private List<Object> array() {
        enter();
        pos++;
        List<Object> items = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            pos++;
            depth--;
            return items;
        }
        while (true) {
            items.add(value());
            skipSpace();
            char c = peek();
            if (c == ',') {
                pos++;
            } else if (c == ']') {
                pos++;
                depth--;
                return Collections.unmodifiableList(items);
            } else {
                throw error("expected ',' or ']'");
            }
        }
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    private String string() {
        int start = pos;
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                pos = start;
                throw error("unclosed string");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c < 0x20) {
                pos--;
                throw error("control character in a string (escape it)");
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = peek();
            pos++;
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        pos -= 2;
                        throw error("incomplete \\u escape");
                    }
                    try {
                        sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException ex) {
                        pos -= 2;
                        throw error("invalid \\u escape");
                    }
                    pos += 4;
                }
                default -> {
                    pos -= 2;
                    throw error("invalid escape in a string");
                }
            }
        }
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected character '" + peek() + "'");
        }
        pos += word.length();
        return value;
    }

    private Object number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (!Character.isDigit(peek())) {
            pos = start;
            throw error("unexpected character '" + peek() + "', expected a value");
        }
        if (peek() == '0' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1))) {
            throw error("leading zero in a number");
        }
        boolean integral = true;
        while (pos < text.length() && (Character.isDigit(peek()) || "+-.eE".indexOf(peek()) >= 0)) {
            integral &= Character.isDigit(peek()) || peek() == '-';
            pos++;
        }
        String digits = text.substring(start, pos);
        try {
            if (integral) {
                try {
                    return Long.parseLong(digits);
                } catch (NumberFormatException tooLarge) {
                    return Double.parseDouble(digits);
                }
            }
            if (!digits.matches("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?")) {
                throw new NumberFormatException();
            }
            return Double.parseDouble(digits);
        } catch (NumberFormatException e) {
            pos = start;
            throw error("invalid number '" + digits + "'");
        }
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : (char) -1;
    }

    private void skipSpace() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private ShellException error(String message) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < pos && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int lineEnd = text.indexOf('\n', lineStart);
        String sourceLine = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        int column = pos - lineStart + 1;
        String where = pos >= text.length() ? "end of input" : line + ":" + column;
        return ShellException.usage("invalid JSON in " + source + " at " + where + ": " + message + "\n"
                + sourceLine + "\n" + " ".repeat(Math.min(column - 1, sourceLine.length())) + "^");
    }
}

package io.github.toolshed.template.repl;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON reader (RFC 8259): objects become insertion-ordered maps, arrays lists, numbers
 * {@code Integer}, {@code Long}, {@code BigInteger} or {@code Double}. Nothing is evaluated;
 * errors name the line and column. Duplicate keys and trailing text are errors.
 */
final class Json {

    /** Deeper nesting is refused (a stack guard, far beyond real context data). */
    static final int MAX_DEPTH = 512;

    private final String text;
    private int pos;
    private int depth;

    private Json(String text) {
        this.text = text;
    }

    /** Parses one JSON value; the whole text must be that value (plus whitespace). */
    static Object parse(String text) {
        if (text == null) {
            throw new TemplateReplException("line 1, column 1: expected a JSON value, found nothing");
        }
        Json json = new Json(text);
        json.skipSpace();
        Object value = json.value();
        json.skipSpace();
        if (json.pos < text.length()) {
            throw json.error("expected the end of the JSON text, found " + json.found());
        }
        return value;
    }

    private Object value() {
        if (pos >= text.length()) {
            throw error("expected a JSON value, found the end of the text");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw error("expected a JSON value, found " + found());
            }
        };
    }

    private Map<String, Object> object() {
        enter();
        pos++;
        Map<String, Object> map = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
            pos++;
            depth--;
            return map;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw error("expected a string key, found " + found());
            }
            int keyAt = pos;
            String key = string();
            skipSpace();
            expect(':');
            skipSpace();
            if (map.containsKey(key)) {
                pos = keyAt;
                throw error("duplicate key \"" + key + "\"");
            }
            map.put(key, value());
            skipSpace();
            char c = peek();
            if (c == ',') {
                pos++;
            } else if (c == '}') {
                pos++;
                depth--;
                return map;
            } else {
                throw error("expected ',' or '}', found " + found());
            }
        }
    }

    private List<Object> array() {
        enter();
        pos++;
        List<Object> list = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            pos++;
            depth--;
            return list;
        }
        while (true) {
            skipSpace();
            list.add(value());
            skipSpace();
            char c = peek();
            if (c == ',') {
                pos++;
            } else if (c == ']') {
                pos++;
                depth--;
                return list;
            } else {
                throw error("expected ',' or ']', found " + found());
            }
        }
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("JSON nested more than " + MAX_DEPTH + " levels deep");
        }
    }

    private String string() {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("expected '\"' to end the string, found the end of the text");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return sb.toString();
            }
            if (c < 0x20) {
                throw error("control character U+" + String.format("%04X", (int) c) + " in a string: escape it");
            }
            if (c != '\\') {
                sb.append(c);
                pos++;
                continue;
            }
            pos++;
            char e = peek();
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (pos + 5 > text.length()) {
                        throw error("expected four hex digits after \\u");
                    }
                    String hex = text.substring(pos + 1, pos + 5);
                    if (!hex.matches("[0-9A-Fa-f]{4}")) {
                        throw error("expected four hex digits after \\u, found '" + hex + "'");
                    }
                    sb.append((char) Integer.parseInt(hex, 16));
                    pos += 4;
                }
                default -> {
                    String shown = pos < text.length() ? String.valueOf(e) : "";
                    pos--;
                    throw error("invalid escape '\\" + shown + "' in a string");
                }
            }
            pos++;
        }
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, pos)) {
            throw error("expected a JSON value, found " + found());
        }
        pos += word.length();
        return value;
    }

    private Object number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (isDigit(peek())) {
            digits();
        } else {
            throw error("expected a digit, found " + found());
        }
        boolean fraction = false;
        if (peek() == '.') {
            pos++;
            if (!isDigit(peek())) {
                throw error("expected a digit after '.', found " + found());
            }
            digits();
            fraction = true;
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw error("expected a digit in the exponent, found " + found());
            }
            digits();
            fraction = true;
        }
        String n = text.substring(start, pos);
        if (fraction) {
            double d = Double.parseDouble(n);
            return Double.isInfinite(d) ? new BigDecimal(n) : d;
        }
        BigInteger big = new BigInteger(n);
        if (big.bitLength() < 32) {
            return big.intValue();
        }
        return big.bitLength() < 64 ? (Object) big.longValue() : big;
    }

    private void digits() {
        while (isDigit(peek())) {
            pos++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "', found " + found());
        }
        pos++;
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private String found() {
        if (pos >= text.length()) {
            return "the end of the text";
        }
        int cp = text.codePointAt(pos);
        if (cp < 0x20) {
            return "U+" + String.format("%04X", cp);
        }
        return "'" + new String(Character.toChars(cp)) + "'";
    }

    private TemplateReplException error(String message) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(pos, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new TemplateReplException("line " + line + ", column " + column + ": " + message);
    }
}

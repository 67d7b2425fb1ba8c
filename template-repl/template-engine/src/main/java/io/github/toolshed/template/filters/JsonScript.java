package io.github.toolshed.template.filters;

import io.github.toolshed.template.SafeString;
import io.github.toolshed.template.TemplateRenderError;
import io.github.toolshed.template.python.Python;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;

/**
 * Django's {@code json_script}: the value as JSON (Python's {@code json.dumps} layout with Django's
 * encoder for dates and decimals) inside a {@code <script type="application/json">} element, with
 * {@code < > &} escaped so the data cannot close the element.
 */
final class JsonScript {

    private JsonScript() {}

    static SafeString jsonScript(Object value, Object elementId) {
        StringBuilder json = new StringBuilder();
        write(json, value, 0);
        String escaped = json.toString().replace("<", "\\u003C").replace(">", "\\u003E").replace("&", "\\u0026");
        return SafeString.of("<script id=\"" + Values.conditionalEscape(elementId) + "\" type=\"application/json\">"
                + escaped + "</script>");
    }

    /** Python's {@code json.dumps(value, cls=DjangoJSONEncoder)}. */
    static String dumps(Object value) {
        StringBuilder json = new StringBuilder();
        write(json, value, 0);
        return json.toString();
    }

    private static final ThreadLocal<java.util.Set<Object>> OPEN =
            ThreadLocal.withInitial(() -> java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));

    private static void write(StringBuilder out, Object value, int depth) {
        if (depth > 900) {
            throw new TemplateRenderError("RecursionError", "maximum recursion depth exceeded while encoding a JSON object");
        }
        boolean container = value instanceof Map<?, ?> || value instanceof Collection<?>;
        if (container && !OPEN.get().add(value)) {
            throw new TemplateRenderError("ValueError", "Circular reference detected");
        }
        try {
            writeValue(out, value, depth);
        } finally {
            if (container) {
                OPEN.get().remove(value);
            }
        }
    }

    private static void writeValue(StringBuilder out, Object value, int depth) {
        switch (value) {
            case null -> out.append("null");
            case Boolean b -> out.append(b ? "true" : "false");
            case CharSequence cs -> string(out, cs.toString());
            case Double d -> out.append(floatText(d));
            case Float f -> out.append(floatText(f.doubleValue()));
            case BigDecimal d -> string(out, Python.decimalStr(d));
            case Number n -> out.append(n);
            case LocalDateTime dt -> string(out, isoDateTime(Python.str(dt.truncatedTo(ChronoUnit.MICROS)), dt.getNano()));
            case OffsetDateTime dt -> string(out, isoAware(dt.toLocalDateTime(), dt.getOffset().getTotalSeconds()));
            case ZonedDateTime dt -> string(out, isoAware(dt.toLocalDateTime(), dt.getOffset().getTotalSeconds()));
            case LocalDate d -> string(out, d.toString());
            case LocalTime t -> string(out, isoDateTime(Python.str(t.truncatedTo(ChronoUnit.MICROS)), t.getNano()));
            case Map<?, ?> m -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    out.append(first ? "" : ", ");
                    Object key = e.getKey();
                    string(out, key instanceof CharSequence ? key.toString() : keyText(key));
                    out.append(": ");
                    write(out, e.getValue(), depth + 1);
                    first = false;
                }
                out.append('}');
            }
            case Collection<?> c -> {
                out.append('[');
                boolean first = true;
                for (Object item : c) {
                    out.append(first ? "" : ", ");
                    write(out, item, depth + 1);
                    first = false;
                }
                out.append(']');
            }
            default -> {
                if (value.getClass().isArray()) {
                    out.append('[');
                    for (int i = 0; i < Array.getLength(value); i++) {
                        out.append(i == 0 ? "" : ", ");
                        write(out, Array.get(value, i), depth + 1);
                    }
                    out.append(']');
                } else {
                    throw new TemplateRenderError(
                            "TypeError", "Object of type " + Python.typeName(value) + " is not JSON serializable");
                }
            }
        }
    }

    private static String keyText(Object key) {
        return switch (key) {
            case null -> "null";
            case Boolean b -> b ? "true" : "false";
            case Double d -> floatText(d);
            case Number n -> n.toString();
            default -> throw new TemplateRenderError(
                    "TypeError", "keys must be str, int, float, bool or None, not " + Python.typeName(key));
        };
    }

    private static String floatText(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        return Python.floatRepr(d);
    }

    /** Django's encoder keeps milliseconds only: {@code 12:30:00.123}. */
    private static String isoDateTime(String pythonText, int nanos) {
        String iso = pythonText.replace(' ', 'T');
        if (nanos == 0 && !iso.contains(".")) {
            return iso;
        }
        int dot = iso.indexOf('.');
        return dot < 0 ? iso : iso.substring(0, Math.min(iso.length(), dot + 4));
    }

    private static String isoAware(LocalDateTime local, int offsetSeconds) {
        String base = isoDateTime(Python.str(local.truncatedTo(ChronoUnit.MICROS)), local.getNano());
        if (offsetSeconds == 0) {
            return base + "Z";
        }
        int abs = Math.abs(offsetSeconds);
        return base + String.format("%s%02d:%02d", offsetSeconds < 0 ? "-" : "+", abs / 3600, (abs / 60) % 60);
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}

package io.github.toolshed.template.conformance;

import io.github.toolshed.template.SafeString;
import io.github.toolshed.template.python.PyTuple;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a corpus context (JSON with marker objects such as {@code {"__safe__": "x"}}) into the
 * Java values the engine takes: SafeString, PyTuple, LocalDate/LocalTime/LocalDateTime,
 * OffsetDateTime or ZonedDateTime, BigDecimal, and non-finite doubles.
 */
public final class ContextDecoder {

    private ContextDecoder() {}

    /**
     * Decodes a whole context.
     *
     * @param encoded the JSON object
     * @return the variables, in order
     */
    public static Map<String, Object> decodeContext(Map<String, Object> encoded) {
        Map<String, Object> out = new LinkedHashMap<>();
        encoded.forEach((k, v) -> out.put(k, decode(v)));
        return out;
    }

    /**
     * Decodes one value.
     *
     * @param value a JSON value
     * @return the Java value
     */
    @SuppressWarnings("unchecked")
    public static Object decode(Object value) {
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(decode(v)));
            return out;
        }
        if (!(value instanceof Map<?, ?> raw)) {
            return value;
        }
        Map<String, Object> m = (Map<String, Object>) raw;
        if (m.containsKey("__safe__")) {
            return SafeString.of((String) m.get("__safe__"));
        }
        if (m.containsKey("__tuple__")) {
            return PyTuple.copyOf((List<Object>) decode(m.get("__tuple__")));
        }
        if (m.containsKey("__date__")) {
            return LocalDate.parse((String) m.get("__date__"));
        }
        if (m.containsKey("__time__")) {
            return LocalTime.parse((String) m.get("__time__"));
        }
        if (m.containsKey("__datetime__")) {
            return dateTime((String) m.get("__datetime__"), (String) m.get("zone"));
        }
        if (m.containsKey("__decimal__")) {
            return new BigDecimal((String) m.get("__decimal__"));
        }
        if (m.containsKey("__float__")) {
            return switch ((String) m.get("__float__")) {
                case "inf" -> Double.POSITIVE_INFINITY;
                case "-inf" -> Double.NEGATIVE_INFINITY;
                default -> Double.NaN;
            };
        }
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, decode(v)));
        return out;
    }

    private static Object dateTime(String text, String zone) {
        boolean aware = text.length() > 19 && (text.endsWith("Z") || text.lastIndexOf('+') > 10 || text.lastIndexOf('-') > 10);
        if (!aware) {
            return LocalDateTime.parse(text);
        }
        OffsetDateTime odt = OffsetDateTime.parse(text);
        if (zone != null) {
            return odt.atZoneSameInstant(ZoneId.of(zone));
        }
        return odt;
    }
}

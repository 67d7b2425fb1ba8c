package io.github.toolshed.template.filters;

import io.github.toolshed.template.SafeString;
import io.github.toolshed.template.TemplateRenderError;
import io.github.toolshed.template.python.PyTuple;
import io.github.toolshed.template.python.Python;
import java.lang.reflect.Array;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Conversions the filters share: Django's {@code stringfilter}, safety checks, Python ints. */
final class Values {

    private Values() {}

    /** Django's {@code stringfilter}: the value's Python text. */
    static String text(Object value) {
        return Python.str(value);
    }

    /** Whether the value is marked safe ({@code SafeData}). */
    static boolean isSafe(Object value) {
        return value instanceof SafeString;
    }

    /** Marks text safe when the original value was safe (Django's stringfilter + is_safe). */
    static Object keepSafety(Object original, String result) {
        return isSafe(original) ? SafeString.of(result) : result;
    }

    /** Django's {@code conditional_escape}: escapes unless the value is already safe. */
    static String conditionalEscape(Object value) {
        return isSafe(value) ? value.toString() : SafeString.escapeHtml(text(value));
    }

    /** Python's {@code int()} as an int, or a {@code ValueError}/{@code OverflowError}. */
    static int toInt(Object value) {
        BigInteger i = Python.toInt(value);
        if (i.bitLength() > 31) {
            throw new TemplateRenderError("OverflowError", "Python int too large to convert to C ssize_t");
        }
        return i.intValue();
    }

    /** Padding wider than this is refused rather than allocated (a template could ask for gigabytes). */
    static final int MAX_WIDTH = 10_000_000;

    /** Checks a padding width requested by a template. */
    static int width(int width) {
        if (width > MAX_WIDTH) {
            throw new TemplateRenderError("MemoryError", "requested width " + width + " exceeds " + MAX_WIDTH);
        }
        return width;
    }

    /** Python's {@code int()} as an int, or null when Python would raise ValueError or TypeError. */
    static Integer toIntOrNull(Object value) {
        try {
            return toInt(value);
        } catch (TemplateRenderError e) {
            if (e.kind().equals("ValueError") || e.kind().equals("TypeError")) {
                return null;
            }
            throw e;
        }
    }

    /** The items of an iterable value (string code points, list items, map keys), or null. */
    static List<Object> items(Object value) {
        switch (value) {
            case null -> {
                return null;
            }
            case CharSequence cs -> {
                List<Object> out = new ArrayList<>(cs.length());
                cs.toString().codePoints().forEach(cp -> out.add(Character.toString(cp)));
                return out;
            }
            case Collection<?> c -> {
                return new ArrayList<>(c);
            }
            case Map<?, ?> m -> {
                return new ArrayList<>(m.keySet());
            }
            default -> {
                if (value.getClass().isArray()) {
                    int n = Array.getLength(value);
                    List<Object> out = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        out.add(Array.get(value, i));
                    }
                    return out;
                }
                if (value instanceof Iterable<?> it) {
                    List<Object> out = new ArrayList<>();
                    it.forEach(out::add);
                    return out;
                }
                return null;
            }
        }
    }

    /** Whether the value supports Python indexing by integer (str, list, tuple, array). */
    static boolean isSequence(Object value) {
        return value instanceof CharSequence || value instanceof List<?> || (value != null && value.getClass().isArray());
    }

    /** A list value of the same kind as the original: tuple stays tuple. */
    static Object sameKind(Object original, List<Object> items) {
        return original instanceof PyTuple ? PyTuple.copyOf(items) : items;
    }

    /** Replaces spaces by no-break spaces (Django's {@code avoid_wrapping}). */
    static String avoidWrapping(String text) {
        return text.replace(' ', '\u00a0');
    }
}

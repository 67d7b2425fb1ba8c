package io.github.toolshed.template.filters;

import io.github.toolshed.template.TemplateRenderError;
import io.github.toolshed.template.python.Python;
import java.util.ArrayList;
import java.util.List;

/** Django's {@code slice} filter: Python slice notation ({@code "1:3"}, {@code ":-1"}, {@code "::2"}). */
final class Slicing {

    private Slicing() {}

    static Object slice(Object value, Object arg) {
        String[] bits = Values.text(arg).split(":", -1);
        if (bits.length > 3) {
            return value;
        }
        Integer[] numbers = new Integer[bits.length];
        for (int i = 0; i < bits.length; i++) {
            if (!bits[i].isEmpty()) {
                try {
                    numbers[i] = clamp(Python.toInt(bits[i]));
                } catch (TemplateRenderError e) {
                    return value;
                }
            }
        }
        Integer start = bits.length == 1 ? null : numbers[0];
        Integer stop = bits.length == 1 ? numbers[0] : numbers[1];
        Integer step = bits.length == 3 ? numbers[2] : null;
        if (step != null && step == 0) {
            return value;
        }
        if (!Values.isSequence(value)) {
            return value;
        }
        List<Object> items = Values.items(value);
        List<Object> out = apply(items, start, stop, step == null ? 1 : step);
        if (value instanceof CharSequence) {
            StringBuilder text = new StringBuilder();
            out.forEach(text::append);
            return text.toString();
        }
        return Values.sameKind(value, out);
    }

    private static int clamp(java.math.BigInteger i) {
        if (i.bitLength() > 31) {
            return i.signum() > 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE + 1;
        }
        return i.intValue();
    }

    /** Python's slice indices: negative counts from the end, out-of-range is clipped. */
    static List<Object> apply(List<Object> items, Integer start, Integer stop, int step) {
        int n = items.size();
        int from;
        int to;
        if (step > 0) {
            from = start == null ? 0 : bound(start, n, 0, n);
            to = stop == null ? n : bound(stop, n, 0, n);
        } else {
            from = start == null ? n - 1 : bound(start, n, -1, n - 1);
            to = stop == null ? -1 : bound(stop, n, -1, n - 1);
        }
        List<Object> out = new ArrayList<>();
        if (step > 0) {
            for (int i = from; i < to; i += step) {
                out.add(items.get(i));
            }
        } else {
            for (int i = from; i > to; i += step) {
                out.add(items.get(i));
            }
        }
        return out;
    }

    private static int bound(int index, int n, int low, int high) {
        long i = index < 0 ? (long) index + n : index;
        if (i < low) {
            return low;
        }
        return (int) Math.min(i, high);
    }
}

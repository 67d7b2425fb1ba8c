package io.github.toolshed.template;

import io.github.toolshed.template.python.PyTuple;
import io.github.toolshed.template.python.Python;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.chrono.ChronoZonedDateTime;
import java.time.OffsetDateTime;
import java.lang.reflect.Array;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Python's comparison and membership operators for the {@code if} tag. */
final class PyOps {

    /** Thrown where Python raises TypeError; the {@code if} tag turns it into false. */
    static final class PyTypeError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PyTypeError() {
            super(null, null, false, false);
        }
    }

    private PyOps() {}

    static boolean in(Object item, Object container) {
        switch (container) {
            case null -> throw new PyTypeError();
            case CharSequence cs -> {
                if (!(item instanceof CharSequence needle)) {
                    throw new PyTypeError();
                }
                return cs.toString().contains(needle.toString());
            }
            case Map<?, ?> m -> {
                Object key = item instanceof CharSequence cs ? cs.toString() : item;
                if (m.containsKey(key)) {
                    return true;
                }
                for (Object k : m.keySet()) {
                    if (Python.equal(k, item)) {
                        return true;
                    }
                }
                return false;
            }
            case Collection<?> c -> {
                for (Object o : c) {
                    if (Python.equal(o, item)) {
                        return true;
                    }
                }
                return false;
            }
            default -> {
                if (container.getClass().isArray()) {
                    int n = Array.getLength(container);
                    for (int i = 0; i < n; i++) {
                        if (Python.equal(Array.get(container, i), item)) {
                            return true;
                        }
                    }
                    return false;
                }
                throw new PyTypeError();
            }
        }
    }

    static boolean is(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x.equals(y);
        }
        if ((a instanceof Integer || a instanceof Long) && a.getClass() == b.getClass()) {
            long x = ((Number) a).longValue();
            return x >= -5 && x <= 256 && x == ((Number) b).longValue();
        }
        return false;
    }

    /** Python's ordering; throws {@link PyTypeError} for unorderable types. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Object a, Object b) {
        if (Python.isNumeric(a) && Python.isNumeric(b)) {
            double x = toDouble(a);
            double y = toDouble(b);
            if (Double.isNaN(x) || Double.isNaN(y)) {
                throw new PyTypeError();
            }
            if (isExact(a) && isExact(b)) {
                return toDecimal(a).compareTo(toDecimal(b));
            }
            return Double.compare(x, y) == 0 ? 0 : (x < y ? -1 : 1);
        }
        if (a instanceof CharSequence x && b instanceof CharSequence y) {
            return Integer.signum(x.toString().compareTo(y.toString()));
        }
        if (a instanceof List<?> x && b instanceof List<?> y && (a instanceof PyTuple) == (b instanceof PyTuple)) {
            int n = Math.min(x.size(), y.size());
            for (int i = 0; i < n; i++) {
                if (!Python.equal(x.get(i), y.get(i))) {
                    return compare(x.get(i), y.get(i));
                }
            }
            return Integer.compare(x.size(), y.size());
        }
        if (sameTemporal(a, b)) {
            return Integer.signum(((Comparable) a).compareTo(b));
        }
        throw new PyTypeError();
    }

    private static boolean sameTemporal(Object a, Object b) {
        return (a instanceof LocalDate && b instanceof LocalDate)
                || (a instanceof LocalDateTime && b instanceof LocalDateTime)
                || (a instanceof LocalTime && b instanceof LocalTime)
                || (a instanceof OffsetDateTime && b instanceof OffsetDateTime)
                || (a instanceof ChronoZonedDateTime && b instanceof ChronoZonedDateTime);
    }

    private static boolean isExact(Object n) {
        return n instanceof Boolean || n instanceof Integer || n instanceof Long || n instanceof BigInteger
                || n instanceof BigDecimal || n instanceof Short || n instanceof Byte;
    }

    private static double toDouble(Object n) {
        return n instanceof Boolean b ? (b ? 1 : 0) : ((Number) n).doubleValue();
    }

    private static BigDecimal toDecimal(Object n) {
        return switch (n) {
            case Boolean b -> b ? BigDecimal.ONE : BigDecimal.ZERO;
            case BigDecimal d -> d;
            case BigInteger i -> new BigDecimal(i);
            default -> BigDecimal.valueOf(((Number) n).longValue());
        };
    }
}

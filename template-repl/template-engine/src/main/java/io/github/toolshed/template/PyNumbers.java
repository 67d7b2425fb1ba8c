package io.github.toolshed.template;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** Python's {@code int()} and {@code float()} conversions for tags. */
final class PyNumbers {

    private PyNumbers() {}

    /** Python {@code int(x)}, or null where Python raises ValueError/TypeError. */
    static BigDecimal toInt(Object x) {
        try {
            return switch (x) {
                case Boolean b -> b ? BigDecimal.ONE : BigDecimal.ZERO;
                case Integer i -> BigDecimal.valueOf(i);
                case Long l -> BigDecimal.valueOf(l);
                case BigInteger i -> new BigDecimal(i);
                case BigDecimal d -> d.setScale(0, RoundingMode.DOWN);
                case Double d -> d.isNaN() || d.isInfinite() ? null : new BigDecimal(d).setScale(0, RoundingMode.DOWN);
                case CharSequence cs -> new BigDecimal(new BigInteger(cs.toString().strip().replace("_", "")));
                case null, default -> null;
            };
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Python {@code float(x)}, or null where Python raises ValueError/TypeError. */
    static Double toFloat(Object x) {
        try {
            return switch (x) {
                case Boolean b -> b ? 1.0 : 0.0;
                case Number n -> n.doubleValue();
                case CharSequence cs -> parseFloat(cs.toString().strip());
                case null, default -> null;
            };
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double parseFloat(String s) {
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        String body = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        double sign = lower.startsWith("-") ? -1 : 1;
        if (body.equals("inf") || body.equals("infinity")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        if (body.equals("nan")) {
            return Double.NaN;
        }
        if (!s.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")) {
            return null;
        }
        return Double.parseDouble(s);
    }
}

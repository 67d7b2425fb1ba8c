package io.github.toolshed.template.filters;

import io.github.toolshed.template.SafeString;
import io.github.toolshed.template.TemplateRenderError;
import io.github.toolshed.template.python.PyTuple;
import io.github.toolshed.template.python.Python;
import io.github.toolshed.template.spi.FilterContext;
import io.github.toolshed.template.spi.FilterSpec;
import io.github.toolshed.template.spi.FilterSpec.Arity;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Filters about numbers: arithmetic, divisibility, digits, plurals and file sizes. */
final class NumberFilters {

    private static final String[] SIZE_UNITS = {"KB", "MB", "GB", "TB", "PB"};

    private NumberFilters() {}

    static void register(List<FilterSpec> specs) {
        specs.add(FilterSpec.of("add", Arity.REQUIRED, (v, a, c) -> add(v, a)));
        specs.add(FilterSpec.of("divisibleby", Arity.REQUIRED, (v, a, c) -> divisibleby(v, a)));
        specs.add(FilterSpec.of("get_digit", Arity.REQUIRED, (v, a, c) -> getDigit(v, a)));
        specs.add(FilterSpec.of("pluralize", Arity.OPTIONAL, NumberFilters::pluralize));
        specs.add(FilterSpec.of("filesizeformat", Arity.NONE, (v, a, c) -> filesizeformat(v)).safe());
        specs.add(FilterSpec.of("floatformat", Arity.OPTIONAL, (v, a, c) -> FloatFormat.floatformat(v, c.hasArgument() ? a : null))
                .safe());
    }

    /** A Python int as the smallest fitting Java type (Long or BigInteger). */
    static Number integer(BigInteger i) {
        return i.bitLength() < 64 ? (Number) i.longValue() : i;
    }

    /** Django's {@code add}: integer addition when both convert, else Python's {@code +}, else "". */
    static Object add(Object value, Object arg) {
        try {
            return integer(Python.toInt(value).add(Python.toInt(arg)));
        } catch (TemplateRenderError e) {
            if (!e.kind().equals("ValueError") && !e.kind().equals("TypeError")) {
                throw e;
            }
        }
        return plus(value, arg);
    }

    /** Python's {@code a + b} for the types templates see; "" where Python raises. */
    private static Object plus(Object a, Object b) {
        if (a instanceof CharSequence x && b instanceof CharSequence y) {
            String joined = x.toString() + y;
            return a instanceof SafeString && b instanceof SafeString ? SafeString.of(joined) : joined;
        }
        if (a instanceof PyTuple x && b instanceof PyTuple y) {
            List<Object> items = new ArrayList<>(x);
            items.addAll(y);
            return PyTuple.copyOf(items);
        }
        if (a instanceof List<?> x && b instanceof List<?> y && !(a instanceof PyTuple) && !(b instanceof PyTuple)) {
            List<Object> items = new ArrayList<>(x);
            items.addAll(y);
            return items;
        }
        if (isFloat(a) && Python.isNumeric(b) && !(b instanceof BigDecimal)
                || isFloat(b) && Python.isNumeric(a) && !(a instanceof BigDecimal)) {
            return Python.toFloat(a) + Python.toFloat(b);
        }
        if (a instanceof BigDecimal x && Python.isNumeric(b) && !isFloat(b)) {
            return x.add(new BigDecimal(Python.toInt(b)));
        }
        if (b instanceof BigDecimal y && Python.isNumeric(a) && !isFloat(a)) {
            return new BigDecimal(Python.toInt(a)).add(y);
        }
        return "";
    }

    private static boolean isFloat(Object value) {
        return value instanceof Double || value instanceof Float;
    }

    static boolean divisibleby(Object value, Object arg) {
        BigInteger divisor = Python.toInt(arg);
        if (divisor.signum() == 0) {
            throw new TemplateRenderError("ZeroDivisionError", "integer division or modulo by zero");
        }
        return Python.toInt(value).mod(divisor.abs()).signum() == 0;
    }

    static Object getDigit(Object value, Object arg) {
        BigInteger position;
        BigInteger number;
        try {
            position = Python.toInt(arg);
            number = Python.toInt(value);
        } catch (TemplateRenderError e) {
            if (e.kind().equals("ValueError")) {
                return value;
            }
            throw e;
        }
        if (position.signum() < 1) {
            return integer(number);
        }
        String digits = number.toString();
        if (position.compareTo(BigInteger.valueOf(digits.length())) > 0) {
            return 0L;
        }
        char c = digits.charAt(digits.length() - position.intValue());
        if (c == '-') {
            throw new TemplateRenderError("ValueError", "invalid literal for int() with base 10: '-'");
        }
        return (long) (c - '0');
    }

    private static Object pluralize(Object value, Object arg, FilterContext context) {
        String spec = context.hasArgument() ? Values.text(arg) : "s";
        if (spec.indexOf(',') < 0) {
            spec = "," + spec;
        }
        String[] bits = spec.split(",", -1);
        if (bits.length > 2) {
            return "";
        }
        String singular = bits[0];
        String plural = bits[1];
        if (value instanceof CharSequence || Python.isNumeric(value)) {
            try {
                return Python.toFloat(value) == 1.0 ? singular : plural;
            } catch (TemplateRenderError e) {
                return "";
            }
        }
        try {
            return Python.len(value) == 1 ? singular : plural;
        } catch (TemplateRenderError e) {
            return "";
        }
    }

    /** Django's {@code filesizeformat}: "13\u00a0KB", "4.1\u00a0MB", "102\u00a0bytes". */
    static String filesizeformat(Object value) {
        BigInteger bytes;
        try {
            bytes = Python.toInt(value);
        } catch (TemplateRenderError e) {
            if (e.kind().equals("OverflowError")) {
                throw e;
            }
            return Values.avoidWrapping("0 bytes");
        }
        boolean negative = bytes.signum() < 0;
        BigInteger size = bytes.abs();
        String text;
        if (size.compareTo(BigInteger.valueOf(1024)) < 0) {
            text = size + (size.equals(BigInteger.ONE) ? " byte" : " bytes");
        } else {
            int unit = 0;
            BigInteger scale = BigInteger.valueOf(1024);
            while (unit < SIZE_UNITS.length - 1 && size.compareTo(scale.shiftLeft(10)) >= 0) {
                scale = scale.shiftLeft(10);
                unit++;
            }
            double scaled = size.doubleValue() / scale.doubleValue();
            text = oneDecimal(scaled) + " " + SIZE_UNITS[unit];
        }
        return Values.avoidWrapping(negative ? "-" + text : text);
    }

    /**
     * Python's {@code round(x, 1)} shown the way Django's {@code number_format(x, 1)} shows a
     * float: its shortest text (expanded when Python would use an exponent), one decimal kept.
     */
    static String oneDecimal(double x) {
        if (Double.isInfinite(x) || Double.isNaN(x)) {
            return Python.floatRepr(x);
        }
        double rounded = new BigDecimal(x).setScale(1, RoundingMode.HALF_EVEN).doubleValue();
        String text = Python.floatRepr(rounded);
        if (text.contains("e")) {
            text = new BigDecimal(text).toPlainString();
        }
        int dot = text.indexOf('.');
        String intPart = dot < 0 ? text : text.substring(0, dot);
        String decimals = dot < 0 ? "" : text.substring(dot + 1);
        decimals = decimals.length() >= 1 ? decimals.substring(0, 1) : "0";
        return intPart + "." + decimals;
    }
}

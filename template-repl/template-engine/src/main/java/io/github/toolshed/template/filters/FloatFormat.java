package io.github.toolshed.template.filters;

import io.github.toolshed.template.SafeString;
import io.github.toolshed.template.TemplateRenderError;
import io.github.toolshed.template.python.Python;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Django's {@code floatformat}: rounds a number to a number of decimal places (half up), showing
 * decimals only when needed for a negative argument. Values that are not numbers give "", and
 * numbers too large to show sensibly come back as Python's {@code repr}.
 */
final class FloatFormat {

    /** Numbers with more digits plus exponent than this are returned as they are. */
    private static final int MAX_DIGITS = 200;

    private FloatFormat() {}

    static Object floatformat(Object value, Object argument) {
        Object arg = argument == null ? (Object) (-1L) : argument;
        if (arg instanceof CharSequence cs && cs.toString().endsWith("g")) {
            String rest = cs.toString().substring(0, cs.length() - 1);
            arg = rest.isEmpty() ? (Object) (-1L) : rest;
        }
        String inputVal = Python.repr(value);
        BigDecimal d;
        if (value instanceof Double dv && (dv.isNaN() || dv.isInfinite())
                || value instanceof Float fv && (fv.isNaN() || fv.isInfinite())) {
            d = null;
        } else if (value instanceof Number && !(value instanceof BigDecimal) && !(value instanceof Double)
                && !(value instanceof Float)) {
            d = new BigDecimal(Python.toInt(value));
        } else if (value instanceof Double || value instanceof Float) {
            d = new BigDecimal(Python.floatRepr(((Number) value).doubleValue()));
        } else {
            double f;
            try {
                f = Python.toFloat(value);
            } catch (TemplateRenderError e) {
                return "";
            }
            if (Double.isNaN(f) || Double.isInfinite(f)) {
                d = null;
            } else {
                d = new BigDecimal(Python.floatRepr(f));
            }
        }
        BigInteger p;
        try {
            p = Python.toInt(arg);
        } catch (TemplateRenderError e) {
            if (e.kind().equals("ValueError")) {
                return inputVal;
            }
            throw e;
        }
        if (d == null) {
            return inputVal;
        }
        int digits = d.unscaledValue().abs().toString().length();
        if (d.signum() == 0) {
            digits = Math.max(1, d.precision());
        }
        if ((long) digits + Math.abs((long) d.scale()) > MAX_DIGITS) {
            return inputVal;
        }
        boolean integral = d.stripTrailingZeros().scale() <= 0 || d.signum() == 0;
        if (integral && p.signum() < 0) {
            return SafeString.of(d.toBigInteger().toString());
        }
        if (p.abs().compareTo(BigInteger.valueOf(1_000_000)) > 0) {
            throw new TemplateRenderError("MemoryError", "floatformat precision too large: " + p);
        }
        int places = p.abs().intValue();
        BigDecimal rounded = d.setScale(places, RoundingMode.HALF_UP);
        String text = rounded.abs().toPlainString();
        if (rounded.signum() < 0) {
            text = "-" + text;
        }
        return SafeString.of(text);
    }
}

package io.github.toolshed.template.filters;

import io.github.toolshed.template.TemplateRenderError;
import io.github.toolshed.template.python.PyTuple;
import io.github.toolshed.template.python.Python;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;

/**
 * Python's printf-style {@code %} formatting of one value, for Django's {@code stringformat}
 * filter: {@code ("%" + arg) % value}, or "" where Python raises.
 */
final class PyFormat {

    private PyFormat() {}

    static String stringformat(Object value, Object arg) {
        Object operand = value instanceof PyTuple ? Python.str(value) : value;
        try {
            return format("%" + Values.text(arg), operand);
        } catch (TemplateRenderError e) {
            if (e.kind().equals("ValueError") || e.kind().equals("TypeError")) {
                return "";
            }
            throw e;
        }
    }

    /** Python's {@code fmt % value} for a single (non-tuple) operand. */
    static String format(String fmt, Object value) {
        StringBuilder out = new StringBuilder();
        boolean used = false;
        int i = 0;
        int n = fmt.length();
        while (i < n) {
            char c = fmt.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            i++;
            if (i >= n) {
                throw error("ValueError", "incomplete format");
            }
            Object operand = value;
            boolean mapped = false;
            if (fmt.charAt(i) == '(') {
                int close = fmt.indexOf(')', i);
                if (close < 0) {
                    throw error("ValueError", "incomplete format key");
                }
                if (!(value instanceof Map<?, ?> m)) {
                    throw error("TypeError", "format requires a mapping");
                }
                String key = fmt.substring(i + 1, close);
                if (!m.containsKey(key)) {
                    throw error("KeyError", key);
                }
                operand = m.get(key);
                mapped = true;
                i = close + 1;
            }
            String flags = "";
            while (i < n && "-+ #0".indexOf(fmt.charAt(i)) >= 0) {
                flags += fmt.charAt(i);
                i++;
            }
            int width = -1;
            int start = i;
            while (i < n && Character.isDigit(fmt.charAt(i))) {
                i++;
            }
            if (i < n && fmt.charAt(i) == '*') {
                throw error("TypeError", "not enough arguments for format string");
            }
            if (i > start) {
                width = Integer.parseInt(fmt.substring(start, Math.min(i, start + 9)));
            }
            int precision = -1;
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                start = i;
                while (i < n && Character.isDigit(fmt.charAt(i))) {
                    i++;
                }
                precision = i > start ? Integer.parseInt(fmt.substring(start, Math.min(i, start + 9))) : 0;
            }
            while (i < n && "hlL".indexOf(fmt.charAt(i)) >= 0) {
                i++;
            }
            if (i >= n) {
                throw error("ValueError", "incomplete format");
            }
            char type = fmt.charAt(i++);
            if (type == '%') {
                out.append('%');
                continue;
            }
            if (used && !mapped) {
                throw error("TypeError", "not enough arguments for format string");
            }
            used = used || !mapped;
            out.append(pad(convert(type, flags, precision, operand), flags, width, type));
        }
        // Python skips this check for operands that support item access (dicts, lists).
        if (!used && !(value instanceof Map<?, ?>) && !(value instanceof java.util.List<?>)) {
            throw error("TypeError", "not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private static String convert(char type, String flags, int precision, Object value) {
        return switch (type) {
            case 's' -> truncate(Python.str(value), precision);
            case 'r', 'a' -> truncate(Python.repr(value), precision);
            case 'd', 'i', 'u' -> signed(integerOf(value, true, type).toString(), flags, precision);
            case 'o', 'x', 'X' -> radix(integerOf(value, false, type), type, flags, precision);
            case 'e', 'E', 'f', 'F', 'g', 'G' -> floating(floatOf(value, type), type, flags, precision);
            case 'c' -> character(value);
            default -> throw error(
                    "ValueError", String.format("unsupported format character '%c' (0x%x)", type, (int) type));
        };
    }

    private static String truncate(String s, int precision) {
        return precision >= 0 && precision < s.length() ? s.substring(0, precision) : s;
    }

    private static BigInteger integerOf(Object value, boolean acceptFloat, char type) {
        if (value instanceof Boolean || value instanceof Long || value instanceof Integer || value instanceof BigInteger
                || value instanceof Short || value instanceof Byte) {
            return Python.toInt(value);
        }
        if (acceptFloat && (value instanceof Double || value instanceof Float || value instanceof BigDecimal)) {
            return Python.toInt(value);
        }
        String what = acceptFloat ? "a real number" : "an integer";
        throw error("TypeError", "%" + type + " format: " + what + " is required, not " + Python.typeName(value));
    }

    private static double floatOf(Object value, char type) {
        if (value instanceof Number || value instanceof Boolean) {
            return Python.toFloat(value);
        }
        throw error("TypeError", "must be real number, not " + Python.typeName(value));
    }

    private static String character(Object value) {
        if (value instanceof CharSequence cs) {
            if (cs.toString().codePointCount(0, cs.length()) != 1) {
                throw error("TypeError", "%c requires int or char");
            }
            return cs.toString();
        }
        BigInteger cp = integerOf(value, false, 'c');
        if (cp.signum() < 0 || cp.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
            throw error("OverflowError", "%c arg not in range(0x110000)");
        }
        return Character.toString(cp.intValue());
    }

    private static String signed(String digits, String flags, int precisionIn) {
        int precision = Values.width(precisionIn);
        boolean negative = digits.startsWith("-");
        String body = negative ? digits.substring(1) : digits;
        if (precision > body.length()) {
            body = "0".repeat(precision - body.length()) + body;
        }
        return sign(negative, flags) + body;
    }

    private static String sign(boolean negative, String flags) {
        if (negative) {
            return "-";
        }
        if (flags.indexOf('+') >= 0) {
            return "+";
        }
        return flags.indexOf(' ') >= 0 ? " " : "";
    }

    private static String radix(BigInteger value, char type, String flags, int precision) {
        Values.width(precision);
        String body = value.abs().toString(type == 'o' ? 8 : 16);
        if (type == 'X') {
            body = body.toUpperCase(Locale.ROOT);
        }
        if (precision > body.length()) {
            body = "0".repeat(precision - body.length()) + body;
        }
        String prefix = flags.indexOf('#') >= 0 ? (type == 'o' ? "0o" : type == 'x' ? "0x" : "0X") : "";
        return sign(value.signum() < 0, flags) + prefix + body;
    }

    private static String floating(double d, char type, String flags, int precisionIn) {
        boolean upper = Character.isUpperCase(type);
        boolean negative = d < 0 || (d == 0 && 1 / d < 0);
        String sign = sign(negative, flags);
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            String word = Double.isNaN(d) ? "nan" : "inf";
            return (Double.isNaN(d) ? sign(false, flags) : sign) + (upper ? word.toUpperCase(Locale.ROOT) : word);
        }
        int precision = precisionIn < 0 ? 6 : Values.width(precisionIn);
        BigDecimal exact = new BigDecimal(Math.abs(d));
        boolean alternate = flags.indexOf('#') >= 0;
        String body = switch (Character.toLowerCase(type)) {
            case 'f' -> fixed(exact, precision, alternate);
            case 'e' -> exponent(exact, precision, alternate);
            default -> general(exact, precision == 0 ? 1 : precision, alternate);
        };
        return sign + (upper ? body.toUpperCase(Locale.ROOT) : body);
    }

    static String fixed(BigDecimal exact, int precision, boolean alternate) {
        String s = exact.setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        return alternate && precision == 0 ? s + "." : s;
    }

    static String exponent(BigDecimal exact, int precision, boolean alternate) {
        if (exact.signum() == 0) {
            return (precision == 0 ? "0" + (alternate ? "." : "") : "0." + "0".repeat(precision)) + "e+00";
        }
        BigDecimal rounded = exact.round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
        int exp = rounded.precision() - rounded.scale() - 1;
        String digits = rounded.unscaledValue().toString();
        digits = digits.length() < precision + 1 ? digits + "0".repeat(precision + 1 - digits.length()) : digits.substring(0, precision + 1);
        String mantissa = digits.substring(0, 1) + (precision > 0 || alternate ? "." : "") + digits.substring(1);
        return mantissa + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    private static String general(BigDecimal exact, int precision, boolean alternate) {
        int exp;
        if (exact.signum() == 0) {
            exp = 0;
        } else {
            BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            exp = rounded.precision() - rounded.scale() - 1;
        }
        String body;
        if (exp >= -4 && exp < precision) {
            body = fixed(exact, precision - 1 - exp, alternate);
        } else {
            body = exponent(exact, precision - 1, alternate);
        }
        if (alternate) {
            return body;
        }
        int e = body.indexOf('e');
        String mantissa = e < 0 ? body : body.substring(0, e);
        String tail = e < 0 ? "" : body.substring(e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "");
            if (mantissa.endsWith(".")) {
                mantissa = mantissa.substring(0, mantissa.length() - 1);
            }
        }
        return mantissa + tail;
    }

    private static String pad(String s, String flags, int width, char type) {
        Values.width(width);
        int len = s.codePointCount(0, s.length());
        if (width <= len) {
            return s;
        }
        int missing = width - len;
        if (flags.indexOf('-') >= 0) {
            return s + " ".repeat(missing);
        }
        boolean numeric = "diuoxXeEfFgG".indexOf(type) >= 0;
        if (flags.indexOf('0') >= 0 && numeric && !s.endsWith("inf") && !s.endsWith("nan")
                && !s.endsWith("INF") && !s.endsWith("NAN")) {
            int signEnd = 0;
            if (!s.isEmpty() && "+- ".indexOf(s.charAt(0)) >= 0) {
                signEnd = 1;
            }
            if (s.startsWith("0x", signEnd) || s.startsWith("0X", signEnd) || s.startsWith("0o", signEnd)) {
                signEnd += 2;
            }
            return s.substring(0, signEnd) + "0".repeat(missing) + s.substring(signEnd);
        }
        return " ".repeat(missing) + s;
    }

    private static TemplateRenderError error(String kind, String message) {
        return new TemplateRenderError(kind, message);
    }
}

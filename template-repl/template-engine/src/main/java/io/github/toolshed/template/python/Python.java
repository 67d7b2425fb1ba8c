package io.github.toolshed.template.python;

import io.github.toolshed.template.SafeString;
import io.github.toolshed.template.TemplateRenderError;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Python semantics for Java values, as the template language needs them.
 *
 * <p>The mapping of Python types to Java types: {@code None} = {@code null}; {@code bool} =
 * {@link Boolean}; {@code int} = {@link Integer}, {@link Long} or {@link BigInteger} (any other
 * integral {@link Number} is accepted); {@code float} = {@link Double} (or {@link Float});
 * {@code Decimal} = {@link BigDecimal}; {@code str} = {@link String}, {@link SafeString} or any
 * {@link CharSequence}; {@code list} = {@link List}; {@code tuple} = {@link PyTuple};
 * {@code dict} = {@link Map} (use an insertion-ordered map such as {@link java.util.LinkedHashMap});
 * {@code set} = {@link java.util.Set};
 * {@code date}, {@code time}, {@code datetime} = {@link LocalDate}, {@link LocalTime},
 * {@link LocalDateTime} (naive), {@link OffsetDateTime} or {@link ZonedDateTime} (aware). Other
 * objects print with {@link Object#toString()}.
 */
public final class Python {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter MICRO_TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS");

    private Python() {}

    /**
     * Python's {@code str(value)}: how a value prints in {@code {{ value }}}.
     *
     * @param value any value
     * @return its text
     */
    public static String str(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof CharSequence cs) {
            return cs.toString();
        }
        return switch (value) {
            case null -> "None";
            case Boolean b -> b ? "True" : "False";
            case Double d -> floatRepr(d);
            case Float f -> floatRepr(f.doubleValue());
            case BigDecimal d -> decimalStr(d);
            case Number n -> n.toString();
            case LocalDate d -> d.toString();
            case LocalTime t -> timeStr(t);
            case LocalDateTime dt -> d(dt.toLocalDate()) + " " + timeStr(dt.toLocalTime());
            case OffsetDateTime dt -> d(dt.toLocalDate()) + " " + timeStr(dt.toLocalTime()) + offset(dt.getOffset().getTotalSeconds());
            case ZonedDateTime dt -> d(dt.toLocalDate()) + " " + timeStr(dt.toLocalTime()) + offset(dt.getOffset().getTotalSeconds());
            default -> isSequenceOrMap(value) ? repr(value) : value.toString();
        };
    }

    /**
     * Python's {@code repr(value)}: strings quoted, containers shown with the repr of their items.
     *
     * @param value any value
     * @return its representation
     */
    public static String repr(Object value) {
        if (value instanceof CharSequence cs) {
            return strRepr(cs.toString());
        }
        if (!isContainer(value)) {
            return value instanceof BigDecimal d ? "Decimal('" + decimalStr(d) + "')" : str(value);
        }
        StringBuilder out = new StringBuilder();
        appendRepr(out, value, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        return out.toString();
    }

    private static boolean isContainer(Object value) {
        return value instanceof Collection<?> || value instanceof Map<?, ?> || (value != null && value.getClass().isArray());
    }

    /** Appends a repr; a container met again inside itself prints as {@code [...]}, as in Python. */
    private static void appendRepr(StringBuilder out, Object value, java.util.Set<Object> open) {
        if (!isContainer(value)) {
            out.append(repr(value));
            return;
        }
        String[] brackets = value instanceof PyTuple ? new String[] {"(", ")"}
                : value instanceof java.util.Set<?> || value instanceof Map<?, ?> ? new String[] {"{", "}"}
                : new String[] {"[", "]"};
        if (!open.add(value)) {
            out.append(brackets[0]).append("...").append(brackets[1]);
            return;
        }
        if (value instanceof java.util.Set<?> set && set.isEmpty()) {
            out.append("set()");
        } else if (value instanceof Map<?, ?> m) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.append(first ? "" : ", ");
                appendRepr(out, e.getKey(), open);
                out.append(": ");
                appendRepr(out, e.getValue(), open);
                first = false;
            }
            out.append('}');
        } else {
            out.append(brackets[0]);
            Iterator<?> it = value instanceof Collection<?> c ? c.iterator() : arrayIterator(value);
            int n = 0;
            while (it.hasNext()) {
                out.append(n++ == 0 ? "" : ", ");
                appendRepr(out, it.next(), open);
            }
            out.append(value instanceof PyTuple && n == 1 ? "," : "").append(brackets[1]);
        }
        open.remove(value);
    }

    private static Iterator<Object> arrayIterator(Object array) {
        int n = Array.getLength(array);
        List<Object> items = new java.util.ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            items.add(Array.get(array, i));
        }
        return items.iterator();
    }

    /**
     * Python truthiness: None, False, zero, empty strings and empty containers are false.
     *
     * @param value any value
     * @return whether Python would treat it as true
     */
    public static boolean truthy(Object value) {
        return switch (value) {
            case null -> false;
            case Boolean b -> b;
            case CharSequence cs -> !cs.isEmpty();
            case BigDecimal d -> d.signum() != 0;
            case BigInteger i -> i.signum() != 0;
            case Double d -> d != 0.0;
            case Float f -> f != 0.0f;
            case Number n -> n.longValue() != 0;
            case Collection<?> c -> !c.isEmpty();
            case Map<?, ?> m -> !m.isEmpty();
            default -> !value.getClass().isArray() || Array.getLength(value) != 0;
        };
    }

    /**
     * Python's {@code ==}: numbers compare by value across types (and {@code True == 1}), strings
     * by text whether or not they are safe.
     *
     * @param a left value
     * @param b right value
     * @return whether Python would call them equal
     */
    public static boolean equal(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (isNumeric(a) && isNumeric(b)) {
            BigDecimal x = toDecimal(a);
            BigDecimal y = toDecimal(b);
            return x != null && y != null && x.compareTo(y) == 0;
        }
        if (a instanceof CharSequence x && b instanceof CharSequence y) {
            return x.toString().equals(y.toString());
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if ((a instanceof PyTuple) != (b instanceof PyTuple) || x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!equal(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    /**
     * Whether a value is a Python number ({@code bool} included, as in Python).
     *
     * @param value any value
     * @return true for Boolean and Number
     */
    public static boolean isNumeric(Object value) {
        return value instanceof Number || value instanceof Boolean;
    }

    /**
     * Python's {@code int(value)}: integers as they are, floats and decimals truncated towards
     * zero, {@code bool} as 0 or 1, strings parsed as base-10 integer literals (surrounding
     * whitespace, a sign and single underscores between digits allowed).
     *
     * @param value any value
     * @return the integer
     * @throws TemplateRenderError of kind {@code ValueError} for text that is not an integer or a
     *     non-finite float, {@code TypeError} for values int() does not accept
     */
    public static BigInteger toInt(Object value) {
        return switch (value) {
            case null -> throw new TemplateRenderError("TypeError", "int() argument must be a string or a number, not 'NoneType'");
            case Boolean b -> b ? BigInteger.ONE : BigInteger.ZERO;
            case BigInteger i -> i;
            case BigDecimal d -> d.toBigInteger();
            case Double d -> floatToInt(d);
            case Float f -> floatToInt(f.doubleValue());
            case Number n -> BigInteger.valueOf(n.longValue());
            case CharSequence cs -> parseInt(cs.toString());
            default -> throw new TemplateRenderError("TypeError", "int() argument must be a string or a number, not '" + typeName(value) + "'");
        };
    }

    /**
     * Python's {@code float(value)}: numbers converted, strings parsed as float literals
     * ({@code "1.5"}, {@code " 1e3 "}, {@code "inf"}, {@code "nan"}, underscores between digits).
     *
     * @param value any value
     * @return the double
     * @throws TemplateRenderError of kind {@code ValueError} for text that is not a number,
     *     {@code TypeError} for values float() does not accept
     */
    public static double toFloat(Object value) {
        return switch (value) {
            case null -> throw new TemplateRenderError("TypeError", "float() argument must be a string or a number, not 'NoneType'");
            case Boolean b -> b ? 1.0 : 0.0;
            case Number n -> n.doubleValue();
            case CharSequence cs -> parseFloat(cs.toString());
            default -> throw new TemplateRenderError("TypeError", "float() argument must be a string or a number, not '" + typeName(value) + "'");
        };
    }

    /**
     * Python's {@code len(value)} for strings (code points), collections, maps and arrays.
     *
     * @param value any value
     * @return the length
     * @throws TemplateRenderError of kind {@code TypeError} for values without a length
     */
    public static int len(Object value) {
        return switch (value) {
            case CharSequence cs -> cs.toString().codePointCount(0, cs.length());
            case Collection<?> c -> c.size();
            case Map<?, ?> m -> m.size();
            case null -> throw new TemplateRenderError("TypeError", "object of type 'NoneType' has no len()");
            default -> {
                if (value.getClass().isArray()) {
                    yield Array.getLength(value);
                }
                throw new TemplateRenderError("TypeError", "object of type '" + typeName(value) + "' has no len()");
            }
        };
    }

    /**
     * Python's ordering ({@code <}) of two values: numbers by value, strings by code point,
     * lists and tuples item by item, dates and times chronologically.
     *
     * @param a left value
     * @param b right value
     * @return negative, zero or positive
     * @throws TemplateRenderError of kind {@code TypeError} when Python cannot order the two
     */
    public static int compare(Object a, Object b) {
        if (isNumeric(a) && isNumeric(b)) {
            return compareNumbers(a, b);
        }
        if (a instanceof CharSequence x && b instanceof CharSequence y) {
            return compareText(x.toString(), y.toString());
        }
        if (a instanceof List<?> x && b instanceof List<?> y && (a instanceof PyTuple) == (b instanceof PyTuple)) {
            int n = Math.min(x.size(), y.size());
            for (int i = 0; i < n; i++) {
                if (!equal(x.get(i), y.get(i))) {
                    return compare(x.get(i), y.get(i));
                }
            }
            return Integer.compare(x.size(), y.size());
        }
        if (a instanceof LocalDate x && b instanceof LocalDate y) {
            return x.compareTo(y);
        }
        if (a instanceof LocalDateTime x && b instanceof LocalDateTime y) {
            return x.compareTo(y);
        }
        if (a instanceof LocalTime x && b instanceof LocalTime y) {
            return x.compareTo(y);
        }
        if (aware(a) != null && aware(b) != null) {
            return aware(a).compareTo(aware(b));
        }
        throw new TemplateRenderError(
                "TypeError", "'<' not supported between instances of '" + typeName(a) + "' and '" + typeName(b) + "'");
    }

    /**
     * The Python type name of a value ({@code int}, {@code str}, {@code list}, ...), for messages.
     *
     * @param value any value
     * @return the name
     */
    public static String typeName(Object value) {
        return switch (value) {
            case null -> "NoneType";
            case Boolean b -> "bool";
            case BigDecimal d -> "Decimal";
            case Double d -> "float";
            case Float f -> "float";
            case Number n -> "int";
            case SafeString s -> "SafeString";
            case CharSequence cs -> "str";
            case PyTuple t -> "tuple";
            case List<?> l -> "list";
            case Map<?, ?> m -> "dict";
            case LocalDate d -> "date";
            case LocalTime t -> "time";
            case LocalDateTime dt -> "datetime";
            case OffsetDateTime dt -> "datetime";
            case ZonedDateTime dt -> "datetime";
            default -> value.getClass().getSimpleName();
        };
    }

    private static java.time.Instant aware(Object value) {
        return switch (value) {
            case null -> null;
            case OffsetDateTime dt -> dt.toInstant();
            case ZonedDateTime dt -> dt.toInstant();
            default -> null;
        };
    }

    private static int compareNumbers(Object a, Object b) {
        if (a instanceof Double || a instanceof Float || b instanceof Double || b instanceof Float) {
            double x = ((a instanceof Boolean ba) ? (ba ? 1 : 0) : ((Number) a).doubleValue());
            double y = ((b instanceof Boolean bb) ? (bb ? 1 : 0) : ((Number) b).doubleValue());
            if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || Double.isInfinite(y)) {
                return Double.compare(x, y);
            }
        }
        BigDecimal x = toDecimal(a);
        BigDecimal y = toDecimal(b);
        return x.compareTo(y);
    }

    private static int compareText(String x, String y) {
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            int cx = x.codePointAt(i);
            int cy = y.codePointAt(j);
            if (cx != cy) {
                return Integer.compare(cx, cy);
            }
            i += Character.charCount(cx);
            j += Character.charCount(cy);
        }
        return Integer.compare(x.length() - i, y.length() - j);
    }

    private static BigInteger floatToInt(double d) {
        if (Double.isNaN(d)) {
            throw new TemplateRenderError("ValueError", "cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw new TemplateRenderError("OverflowError", "cannot convert float infinity to integer");
        }
        return new BigDecimal(d).toBigInteger();
    }

    /** Python's {@code str.strip()}: Python counts more characters as whitespace than Java does. */
    private static String pyStrip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isPySpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isPySpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isPySpace(char c) {
        return (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f') || c == ' ' || c == '\u0085'
                || Character.isSpaceChar(c);
    }

    /** Unicode decimal digits as ASCII digits, as Python's int() and float() read them. */
    private static String asciiDigits(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 127 && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                if (out == null) {
                    out = new StringBuilder(s);
                }
                out.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
            }
        }
        return out == null ? s : out.toString();
    }

    private static BigInteger parseInt(String text) {
        String s = pyStrip(text);
        String digits = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
        if (digits.isEmpty() || digits.startsWith("_") || digits.endsWith("_") || digits.contains("__")) {
            throw invalidLiteral("int() with base 10", text);
        }
        StringBuilder clean = new StringBuilder(s.length());
        if (s.startsWith("-")) {
            clean.append('-');
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c == '_') {
                continue;
            }
            int v = Character.digit(c, 10);
            if (v < 0) {
                throw invalidLiteral("int() with base 10", text);
            }
            clean.append((char) ('0' + v));
        }
        return new BigInteger(clean.toString());
    }

    private static final java.util.regex.Pattern FLOAT_LITERAL = java.util.regex.Pattern.compile(
            "[+-]?(?:(?:\\d(?:_?\\d)*)?\\.?\\d(?:_?\\d)*(?:[eE][+-]?\\d(?:_?\\d)*)?|\\d(?:_?\\d)*\\.(?:[eE][+-]?\\d(?:_?\\d)*)?)");

    private static double parseFloat(String text) {
        String s = asciiDigits(pyStrip(text));
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        boolean negative = lower.startsWith("-");
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (unsigned.equals("nan")) {
            return Double.NaN;
        }
        if (!FLOAT_LITERAL.matcher(s).matches()) {
            throw new TemplateRenderError("ValueError", "could not convert string to float: " + repr(text));
        }
        return Double.parseDouble(s.replace("_", ""));
    }

    private static TemplateRenderError invalidLiteral(String what, String text) {
        return new TemplateRenderError("ValueError", "invalid literal for " + what + ": " + repr(text));
    }

    private static BigDecimal toDecimal(Object n) {
        return switch (n) {
            case Boolean b -> b ? BigDecimal.ONE : BigDecimal.ZERO;
            case BigDecimal d -> d;
            case BigInteger i -> new BigDecimal(i);
            case Double d -> d.isNaN() || d.isInfinite() ? null : BigDecimal.valueOf(d);
            case Float f -> f.isNaN() || f.isInfinite() ? null : BigDecimal.valueOf(f.doubleValue());
            case Number x -> BigDecimal.valueOf(x.longValue());
            default -> null;
        };
    }

    /**
     * Python's {@code repr(float)}: the shortest text that reads back as the same double, in
     * Python's layout ({@code 1.0}, {@code 1e+16}, {@code inf}, {@code nan}).
     *
     * @param d the double
     * @return its text
     */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal exact = shortest(d);
        int exponent = exact.precision() - exact.scale() - 1;
        if (exponent < -4 || exponent >= 16) {
            String digits = exact.unscaledValue().abs().toString();
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String sign = exact.signum() < 0 ? "-" : "";
            String exp = (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
            return sign + mantissa + "e" + exp;
        }
        String plain = exact.toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }

    /**
     * The shortest decimal that reads back as {@code d}. Java's {@code Double.toString} keeps at
     * least two significant digits in some cases ({@code 4.9E-324} where Python prints
     * {@code 5e-324}), so one digit fewer is tried as well.
     */
    private static BigDecimal shortest(double d) {
        BigDecimal javaDigits = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        int digits = javaDigits.precision();
        if (digits < 2) {
            return javaDigits;
        }
        BigDecimal fewer = new BigDecimal(d).round(new java.math.MathContext(digits - 1, java.math.RoundingMode.HALF_EVEN));
        return fewer.doubleValue() == d ? fewer.stripTrailingZeros() : javaDigits;
    }

    /**
     * Python's {@code str(Decimal)}: the exact digits, in scientific form only where Python uses it.
     *
     * @param d the decimal
     * @return its text
     */
    public static String decimalStr(BigDecimal d) {
        int exponent = -d.scale();
        int adjusted = exponent + d.precision() - 1;
        if (exponent <= 0 && adjusted >= -6) {
            return d.toPlainString();
        }
        String digits = d.unscaledValue().abs().toString();
        String sign = d.signum() < 0 ? "-" : "";
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "E" + (adjusted >= 0 ? "+" : "") + adjusted;
    }

    private static boolean isSequenceOrMap(Object value) {
        return value instanceof Collection<?> || value instanceof Map<?, ?> || value.getClass().isArray();
    }

    private static String strRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c == quote) {
                        out.append('\\').append((char) c);
                    } else if (isPrintable(c)) {
                        out.appendCodePoint(c);
                    } else if (c < 0x100) {
                        out.append("\\x").append(hex(c, 2));
                    } else if (c < 0x10000) {
                        out.append("\\u").append(hex(c, 4));
                    } else {
                        out.append("\\U").append(hex(c, 8));
                    }
                }
            }
        }
        return out.append(quote).toString();
    }

    /** Python's {@code str.isprintable()} for one character: no control, format, separator or unassigned. */
    private static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    private static String hex(int value, int digits) {
        String h = Integer.toHexString(value);
        return "0".repeat(Math.max(0, digits - h.length())) + h;
    }

    private static String d(LocalDate date) {
        return date.toString();
    }

    private static String timeStr(LocalTime t) {
        return Objects.requireNonNull(t).getNano() == 0 ? TIME.format(t) : MICRO_TIME.format(t);
    }

    private static String offset(int totalSeconds) {
        int abs = Math.abs(totalSeconds);
        return String.format("%s%02d:%02d", totalSeconds < 0 ? "-" : "+", abs / 3600, (abs / 60) % 60);
    }
}

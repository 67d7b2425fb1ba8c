package io.github.toolshed.template;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * A variable reference or literal inside a filter expression (Django's {@code Variable}): a number,
 * a quoted string (marked safe), or a dotted lookup path resolved against the context.
 */
final class Variable {

    /** Returned by {@link #resolve} when a lookup fails. */
    static final Object MISSING = new Object() {
        @Override
        public String toString() {
            return "<missing>";
        }
    };

    private static final Pattern FLOAT = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INT = Pattern.compile("[+-]?\\d+");

    private final String text;
    private final Object literal;
    private final String[] lookups;
    private final Lookup.Site[] sites;

    Variable(String text) {
        this.text = text;
        Object lit = number(text);
        String[] path = null;
        if (lit == null) {
            String s = text.startsWith("_(") && text.endsWith(")") ? text.substring(2, text.length() - 1) : text;
            String unquoted = Words.unescapeStringLiteral(s);
            if (unquoted != null) {
                lit = SafeString.of(unquoted);
            } else {
                if (s.isEmpty() || s.charAt(0) == '_' || s.contains("._")) {
                    throw new TemplateSyntaxError("Variables and attributes may not begin with underscores: '" + s + "'");
                }
                path = s.split("\\.", -1);
            }
        }
        this.literal = lit;
        this.lookups = path;
        this.sites = path == null ? null : new Lookup.Site[path.length];
        for (int i = 0; sites != null && i < sites.length; i++) {
            sites[i] = new Lookup.Site();
        }
    }

    private static Object number(String s) {
        if (s.indexOf('.') >= 0 || s.indexOf('e') >= 0 || s.indexOf('E') >= 0) {
            if (FLOAT.matcher(s).matches() && !s.endsWith(".")) {
                return Double.parseDouble(s);
            }
            return null;
        }
        if (INT.matcher(s).matches()) {
            BigInteger big = new BigInteger(s.startsWith("+") ? s.substring(1) : s);
            if (big.bitLength() < 32) {
                return big.intValue();
            }
            return big.bitLength() < 64 ? (Object) big.longValue() : big;
        }
        return null;
    }

    boolean isLiteral() {
        return lookups == null;
    }

    Object literal() {
        return literal;
    }

    String text() {
        return text;
    }

    /** Resolves the variable; returns {@link #MISSING} when a lookup fails. */
    Object resolve(Context context) {
        if (lookups == null) {
            return literal;
        }
        Object current = context.lookup(lookups[0], MISSING);
        if (current == MISSING) {
            return MISSING;
        }
        current = Lookup.callIfCallable(current, context);
        MemberAccessPolicy policy = context.memberAccessPolicy();
        for (int i = 1; i < lookups.length; i++) {
            current = Lookup.member(current, lookups[i], sites[i], policy);
            if (current == MISSING) {
                return MISSING;
            }
            current = Lookup.callIfCallable(current, context);
        }
        return current;
    }

    /** Resolves a dotted path against a value rather than a context (dictsort, regroup). */
    static Object resolvePath(Object base, String path, MemberAccessPolicy policy) {
        Object current = base;
        for (String bit : path.split("\\.", -1)) {
            current = Lookup.member(current, bit, policy);
            if (current == MISSING) {
                return MISSING;
            }
            current = Lookup.callIfCallable(current, null);
        }
        return current;
    }

    @Override
    public String toString() {
        return text;
    }
}

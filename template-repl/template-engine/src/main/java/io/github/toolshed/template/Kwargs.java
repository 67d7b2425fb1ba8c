package io.github.toolshed.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Django's {@code token_kwargs}: {@code a=x b=y} (or legacy {@code x as a and y as b}). */
final class Kwargs {

    private static final Pattern KWARG = Pattern.compile("(?:(\\w+)=)?(.+)", Pattern.UNICODE_CHARACTER_CLASS | Pattern.DOTALL);

    private Kwargs() {}

    /** Consumes keyword arguments from the front of {@code bits} (a mutable list). */
    static Map<String, FilterExpression> parse(List<String> bits, Parser parser, boolean supportLegacy) {
        Map<String, FilterExpression> kwargs = new LinkedHashMap<>();
        if (bits.isEmpty()) {
            return kwargs;
        }
        Matcher m = KWARG.matcher(bits.getFirst());
        boolean kwargFormat = m.matches() && m.group(1) != null;
        if (!kwargFormat) {
            if (!supportLegacy || bits.size() < 3 || !bits.get(1).equals("as")) {
                return kwargs;
            }
        }
        while (!bits.isEmpty()) {
            String key;
            String value;
            if (kwargFormat) {
                Matcher mm = KWARG.matcher(bits.getFirst());
                if (!mm.matches() || mm.group(1) == null) {
                    return kwargs;
                }
                key = mm.group(1);
                value = mm.group(2);
                bits.removeFirst();
            } else {
                if (bits.size() < 3 || !bits.get(1).equals("as")) {
                    return kwargs;
                }
                key = bits.get(2);
                value = bits.get(0);
                bits.subList(0, 3).clear();
            }
            kwargs.put(key, parser.compileFilter(value));
            if (!bits.isEmpty() && !kwargFormat) {
                if (!bits.getFirst().equals("and")) {
                    return kwargs;
                }
                bits.removeFirst();
            }
        }
        return kwargs;
    }

    /** Python's {@code repr} of a string, for error messages written with {@code %r}. */
    static String repr(String s) {
        return io.github.toolshed.template.python.Python.repr(s);
    }
}

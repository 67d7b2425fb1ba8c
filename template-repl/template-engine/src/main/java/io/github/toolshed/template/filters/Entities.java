package io.github.toolshed.template.filters;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's {@code html.unescape} for the character references that matter in URLs and text:
 * numeric references and the common named ones (HTML's legacy names also without a semicolon).
 */
final class Entities {

    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\\t\\n\\f <&#;]{1,32};?)");

    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00a0"), Map.entry("copy", "\u00a9"),
            Map.entry("reg", "\u00ae"), Map.entry("hellip", "\u2026"), Map.entry("mdash", "\u2014"),
            Map.entry("ndash", "\u2013"), Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"),
            Map.entry("ldquo", "\u201c"), Map.entry("rdquo", "\u201d"), Map.entry("laquo", "\u00ab"),
            Map.entry("raquo", "\u00bb"), Map.entry("euro", "\u20ac"), Map.entry("pound", "\u00a3"),
            Map.entry("yen", "\u00a5"), Map.entry("cent", "\u00a2"), Map.entry("sect", "\u00a7"),
            Map.entry("deg", "\u00b0"), Map.entry("middot", "\u00b7"), Map.entry("times", "\u00d7"),
            Map.entry("divide", "\u00f7"), Map.entry("trade", "\u2122"), Map.entry("bull", "\u2022"),
            Map.entry("AMP", "&"), Map.entry("LT", "<"), Map.entry("GT", ">"), Map.entry("QUOT", "\""));

    /** Names HTML also recognises without the closing semicolon. */
    private static final java.util.Set<String> LEGACY = java.util.Set.of(
            "amp", "lt", "gt", "quot", "nbsp", "copy", "reg", "laquo", "raquo", "cent", "pound", "yen", "sect",
            "deg", "middot", "times", "divide", "AMP", "LT", "GT", "QUOT");

    private Entities() {}

    static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = REFERENCE.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        int last = 0;
        while (m.find()) {
            out.append(s, last, m.start());
            out.append(replace(m.group(1)));
            last = m.end();
        }
        return out.append(s, last, s.length()).toString();
    }

    private static String replace(String ref) {
        if (ref.startsWith("#")) {
            String digits = ref.endsWith(";") ? ref.substring(1, ref.length() - 1) : ref.substring(1);
            int cp;
            try {
                cp = digits.startsWith("x") || digits.startsWith("X")
                        ? Integer.parseInt(digits.substring(1), 16)
                        : Integer.parseInt(digits);
            } catch (NumberFormatException e) {
                cp = 0x110000;
            }
            if (cp == 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
                return "\ufffd";
            }
            return Character.toString(cp);
        }
        if (ref.endsWith(";")) {
            String value = NAMED.get(ref.substring(0, ref.length() - 1));
            if (value != null) {
                return value;
            }
        }
        for (int i = ref.length() - (ref.endsWith(";") ? 1 : 0); i > 1; i--) {
            String prefix = ref.substring(0, i);
            if (LEGACY.contains(prefix)) {
                return NAMED.get(prefix) + ref.substring(i);
            }
        }
        return "&" + ref;
    }
}

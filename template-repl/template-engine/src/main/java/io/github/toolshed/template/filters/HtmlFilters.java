package io.github.toolshed.template.filters;

import static io.github.toolshed.template.filters.Values.text;

import io.github.toolshed.template.SafeString;
import io.github.toolshed.template.spi.FilterContext;
import io.github.toolshed.template.spi.FilterSpec;
import io.github.toolshed.template.spi.FilterSpec.Arity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Filters about HTML and JavaScript safety: escaping, marking safe, line breaks, tags, URLs. */
final class HtmlFilters {

    private static final Pattern PARAGRAPHS = Pattern.compile("\n{2,}");

    private HtmlFilters() {}

    static void register(List<FilterSpec> specs) {
        specs.add(FilterSpec.of("escape", Arity.NONE, (v, a, c) -> SafeString.of(Values.conditionalEscape(v))).safe());
        specs.add(FilterSpec.of("force_escape", Arity.NONE, (v, a, c) -> SafeString.of(SafeString.escapeHtml(text(v))))
                .safe());
        specs.add(FilterSpec.of("safe", Arity.NONE, (v, a, c) -> SafeString.of(text(v))).safe());
        specs.add(FilterSpec.of("safeseq", Arity.NONE, HtmlFilters::safeseq).safe());
        specs.add(FilterSpec.of("escapejs", Arity.NONE, (v, a, c) -> SafeString.of(escapejs(text(v)))));
        specs.add(FilterSpec.of("linebreaks", Arity.NONE, HtmlFilters::linebreaks).safe().needingAutoescape());
        specs.add(FilterSpec.of("linebreaksbr", Arity.NONE, HtmlFilters::linebreaksbr).safe().needingAutoescape());
        specs.add(FilterSpec.of("linenumbers", Arity.NONE, HtmlFilters::linenumbers).safe().needingAutoescape());
        specs.add(FilterSpec.of("striptags", Arity.NONE, (v, a, c) -> TagStripper.stripTags(text(v))).safe());
        specs.add(FilterSpec.of("iriencode", Arity.NONE, (v, a, c) -> UrlQuoting.iriToUri(text(v))).safe());
        specs.add(FilterSpec.of("urlencode", Arity.OPTIONAL, (v, a, c) ->
                UrlQuoting.quote(text(v), a == null ? "/" : text(a))));
        specs.add(FilterSpec.of("json_script", Arity.REQUIRED, (v, a, c) -> JsonScript.jsonScript(v, a)).safe());
    }

    private static Object safeseq(Object value, Object arg, FilterContext context) {
        List<Object> items = Values.items(value);
        if (items == null) {
            return value;
        }
        List<Object> out = new ArrayList<>(items.size());
        for (Object item : items) {
            out.add(item instanceof SafeString ? item : SafeString.of(text(item)));
        }
        return out;
    }

    /** Django's {@code escapejs}: every character that could end a JavaScript string, as \\uXXXX. */
    static String escapejs(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '\'', '"', '>', '<', '&', '=', '-', ';', '`', '\u2028', '\u2029' -> unicodeEscape(out, c);
                default -> {
                    if (c < 32) {
                        unicodeEscape(out, c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static void unicodeEscape(StringBuilder out, char c) {
        String hex = "0123456789ABCDEF";
        out.append("\\u").append(hex.charAt(c >> 12)).append(hex.charAt((c >> 8) & 15)).append(hex.charAt((c >> 4) & 15))
                .append(hex.charAt(c & 15));
    }

    static String normalizeNewlines(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static Object linebreaks(Object value, Object arg, FilterContext context) {
        boolean escape = context.autoescape() && !Values.isSafe(value);
        String[] paras = PARAGRAPHS.split(normalizeNewlines(text(value)), -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < paras.length; i++) {
            String p = escape ? SafeString.escapeHtml(paras[i]) : paras[i];
            out.append(i == 0 ? "" : "\n\n").append("<p>").append(p.replace("\n", "<br>")).append("</p>");
        }
        return SafeString.of(out.toString());
    }

    private static Object linebreaksbr(Object value, Object arg, FilterContext context) {
        boolean escape = context.autoescape() && !Values.isSafe(value);
        String s = normalizeNewlines(text(value));
        if (escape) {
            s = SafeString.escapeHtml(s);
        }
        return SafeString.of(s.replace("\n", "<br>"));
    }

    private static Object linenumbers(Object value, Object arg, FilterContext context) {
        String s = text(value);
        String[] lines = s.split("\n", -1);
        int width = String.valueOf(lines.length).length();
        boolean escape = context.autoescape() && !Values.isSafe(value);
        StringBuilder out = new StringBuilder(s.length() + lines.length * (width + 3));
        for (int i = 0; i < lines.length; i++) {
            String number = String.valueOf(i + 1);
            out.append(i == 0 ? "" : "\n").append("0".repeat(width - number.length())).append(number).append(". ");
            out.append(escape ? SafeString.escapeHtml(lines[i]) : lines[i]);
        }
        return SafeString.of(out.toString());
    }
}

package io.github.toolshed.template.filters;

import static io.github.toolshed.template.filters.Values.text;

import io.github.toolshed.template.SafeString;
import io.github.toolshed.template.spi.FilterSpec;
import io.github.toolshed.template.spi.FilterSpec.Arity;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Filters that transform text: case, padding, cutting, slugs, word counts and wrapping. */
final class TextFilters {

    private static final Pattern NOT_SLUG = Pattern.compile("[^\\w\\s-]", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SLUG_SEPARATORS = Pattern.compile("[-\\s]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern TITLE_APOSTROPHE = Pattern.compile("([a-z])'([A-Z])");
    private static final Pattern TITLE_DIGIT = Pattern.compile("\\d([A-Z])");

    private TextFilters() {}

    static void register(List<FilterSpec> specs) {
        specs.add(FilterSpec.of("addslashes", Arity.NONE, (v, a, c) -> addslashes(text(v))).safe());
        specs.add(FilterSpec.of("capfirst", Arity.NONE, (v, a, c) -> capfirst(text(v))).safe());
        specs.add(FilterSpec.of("center", Arity.REQUIRED, (v, a, c) -> center(text(v), Values.width(Values.toInt(a)))).safe());
        specs.add(FilterSpec.of("ljust", Arity.REQUIRED, (v, a, c) -> ljust(text(v), Values.width(Values.toInt(a)))).safe());
        specs.add(FilterSpec.of("rjust", Arity.REQUIRED, (v, a, c) -> rjust(text(v), Values.width(Values.toInt(a)))).safe());
        specs.add(FilterSpec.of("cut", Arity.REQUIRED, TextFilters::cut));
        specs.add(FilterSpec.of("lower", Arity.NONE, (v, a, c) -> lower(text(v))).safe());
        specs.add(FilterSpec.of("upper", Arity.NONE, (v, a, c) -> upper(text(v))));
        specs.add(FilterSpec.of("title", Arity.NONE, (v, a, c) -> title(text(v))).safe());
        specs.add(FilterSpec.of("make_list", Arity.NONE, (v, a, c) -> Values.items(text(v))));
        specs.add(FilterSpec.of("phone2numeric", Arity.NONE, (v, a, c) -> phone2numeric(text(v))).safe());
        specs.add(FilterSpec.of("slugify", Arity.NONE, (v, a, c) -> slugify(text(v))).safe());
        specs.add(FilterSpec.of("wordcount", Arity.NONE, (v, a, c) -> splitWords(text(v)).size()));
        specs.add(FilterSpec.of("wordwrap", Arity.REQUIRED, (v, a, c) -> wordwrap(text(v), Values.toInt(a))).safe());
        specs.add(FilterSpec.of("stringformat", Arity.REQUIRED, (v, a, c) -> PyFormat.stringformat(v, a)).safe());
    }

    static String addslashes(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("'", "\\'");
    }

    static String capfirst(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        return upper(Character.toString(first)) + s.substring(Character.charCount(first));
    }

    /** Python's {@code str.center}: extra padding goes right, unless width and padding are odd. */
    static String center(String s, int width) {
        int len = s.codePointCount(0, s.length());
        if (width <= len) {
            return s;
        }
        int margin = width - len;
        int left = margin / 2 + (margin & width & 1);
        return " ".repeat(left) + s + " ".repeat(margin - left);
    }

    static String ljust(String s, int width) {
        int len = s.codePointCount(0, s.length());
        return width <= len ? s : s + " ".repeat(width - len);
    }

    static String rjust(String s, int width) {
        int len = s.codePointCount(0, s.length());
        return width <= len ? s : " ".repeat(width - len) + s;
    }

    private static Object cut(Object value, Object arg, io.github.toolshed.template.spi.FilterContext context) {
        String s = text(value);
        String remove = text(arg);
        String result = remove.isEmpty() ? s : s.replace(remove, "");
        if (Values.isSafe(value) && !remove.equals(";")) {
            return SafeString.of(result);
        }
        return result;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    /** Python's {@code str.title()} followed by Django's fixes for apostrophes and digits. */
    static String title(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean cased = isCased(cp);
            if (previousCased) {
                out.append(cp == 0x03A3 ? (finalSigma(s, i) ? "\u03c2" : "\u03c3")
                        : Character.toString(cp).toLowerCase(Locale.ROOT));
            } else if (cased) {
                out.append(titleCase(cp));
            } else {
                out.appendCodePoint(cp);
            }
            previousCased = cased;
        }
        String t = lowerMatches(TITLE_APOSTROPHE.matcher(out));
        return lowerMatches(TITLE_DIGIT.matcher(t));
    }

    private static boolean isCased(int cp) {
        return Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
    }

    /** Unicode's full title-case mapping of one character ({@code ß} gives {@code Ss}). */
    private static String titleCase(int cp) {
        int simple = Character.toTitleCase(cp);
        String upper = Character.toString(cp).toUpperCase(Locale.ROOT);
        if (upper.codePointCount(0, upper.length()) == 1 || Character.getType(simple) == Character.TITLECASE_LETTER) {
            return Character.toString(simple);
        }
        if (cp == 0x0149) {
            return upper;
        }
        int head = upper.codePointAt(0);
        return Character.toString(head) + upper.substring(Character.charCount(head)).toLowerCase(Locale.ROOT);
    }

    /** Whether a capital sigma (already preceded by a cased letter) ends its word. */
    private static boolean finalSigma(String s, int after) {
        int i = after;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!isCaseIgnorable(cp)) {
                return !isCased(cp);
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static boolean isCaseIgnorable(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || type == Character.MODIFIER_LETTER || type == Character.MODIFIER_SYMBOL
                || "'.:^`\u00b7\u2019\u2018\u2024\u2027".indexOf(cp) >= 0;
    }

    private static String lowerMatches(Matcher m) {
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group().toLowerCase(Locale.ROOT)));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String phone2numeric(String s) {
        String lowered = s.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lowered.length());
        for (int i = 0; i < lowered.length(); i++) {
            char c = lowered.charAt(i);
            out.append(phoneDigit(c));
        }
        return out.toString();
    }

    private static char phoneDigit(char c) {
        return switch (c) {
            case 'a', 'b', 'c' -> '2';
            case 'd', 'e', 'f' -> '3';
            case 'g', 'h', 'i' -> '4';
            case 'j', 'k', 'l' -> '5';
            case 'm', 'n', 'o' -> '6';
            case 'p', 'q', 'r', 's' -> '7';
            case 't', 'u', 'v' -> '8';
            case 'w', 'x', 'y', 'z' -> '9';
            default -> c;
        };
    }

    /** Django's {@code slugify}: ASCII-fold, drop punctuation, hyphenate whitespace, lower-case. */
    static String slugify(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder ascii = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c < 128) {
                ascii.append(c);
            }
        }
        String cleaned = NOT_SLUG.matcher(ascii.toString().toLowerCase(Locale.ROOT)).replaceAll("");
        String hyphenated = SLUG_SEPARATORS.matcher(cleaned).replaceAll("-");
        return strip(hyphenated, "-_");
    }

    static String strip(String s, String chars) {
        int start = 0;
        int end = s.length();
        while (start < end && chars.indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && chars.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Python's {@code str.split()}: runs of whitespace separate words; no empty words. */
    static List<String> splitWords(String s) {
        List<String> words = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && isPythonSpace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isPythonSpace(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(s.substring(start, i));
            }
        }
        return words;
    }

    /** Python's {@code str.isspace()} for one character. */
    static boolean isPythonSpace(char c) {
        return (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f') || c == ' ' || c == '\u0085'
                || Character.isSpaceChar(c);
    }

    /** Django's {@code wrap}: breaks lines at spaces so that they are at most {@code width} long. */
    static String wordwrap(String text, int width) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (String line : splitLinesKeepEnds(text)) {
            int pos = 0;
            int length = line.length();
            while (length - pos > width) {
                int lastSpace = width < 0 ? -1 : line.lastIndexOf(' ', (int) Math.min(length - 1L, (long) pos + width));
                int breakAt;
                if (lastSpace >= pos) {
                    breakAt = lastSpace;
                } else {
                    breakAt = line.indexOf(' ', pos);
                    if (breakAt < 0) {
                        break;
                    }
                }
                out.append(line, pos, breakAt).append('\n');
                pos = breakAt + 1;
            }
            out.append(line, pos, length);
        }
        return out.toString();
    }

    /** Python's {@code str.splitlines(True)}. */
    static List<String> splitLinesKeepEnds(String s) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                i += 2;
                lines.add(s.substring(start, i));
                start = i;
            } else if (c == '\n' || c == '\r' || c == '\u000b' || c == '\u000c' || (c >= '\u001c' && c <= '\u001e')
                    || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                i++;
                lines.add(s.substring(start, i));
                start = i;
            } else {
                i++;
            }
        }
        if (start < n) {
            lines.add(s.substring(start));
        }
        return lines;
    }
}

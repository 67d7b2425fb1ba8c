package io.github.toolshed.template.filters;

import io.github.toolshed.template.SafeString;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Django's {@code urlize}: turns URLs ({@code http://}, {@code https://}, {@code www.} and bare
 * domains under the common top-level domains) and e-mail addresses in plain text into links,
 * leaving surrounding punctuation outside the link and escaping everything else as asked.
 */
final class Urlizer {

    private static final String TRAILING_PUNCTUATION = ".,:;!";
    private static final String[][] WRAPPING = {{"(", ")"}, {"[", "]"}};
    private static final Pattern WORD_SPLIT = Pattern.compile("[\\s<>\"']+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SIMPLE_URL =
            Pattern.compile("^https?://\\[?\\w", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SIMPLE_URL_2 = Pattern.compile(
            "^www\\.|^(?!http)\\w[^@]+\\.(com|edu|gov|int|mil|net|org)($|/.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS | Pattern.DOTALL);

    private Urlizer() {}

    /**
     * Converts URLs and e-mail addresses into links.
     *
     * @param value the text (a SafeString is not escaped)
     * @param trimLimit shorten link texts to this many characters, or null
     * @param nofollow add {@code rel="nofollow"} to web links
     * @param autoescape escape the non-link text
     * @return the HTML
     */
    static String urlize(Object value, Integer trimLimit, boolean nofollow, boolean autoescape) {
        boolean safeInput = Values.isSafe(value);
        String text = Values.text(value);
        StringBuilder out = new StringBuilder(text.length() + 32);
        for (String word : split(text)) {
            out.append(convert(word, trimLimit, nofollow, autoescape, safeInput));
        }
        return out.toString();
    }

    /** Python's {@code re.split} with a capturing group: words and separators alternate. */
    private static List<String> split(String text) {
        List<String> pieces = new ArrayList<>();
        Matcher m = WORD_SPLIT.matcher(text);
        int last = 0;
        while (m.find()) {
            pieces.add(text.substring(last, m.start()));
            pieces.add(m.group());
            last = m.end();
        }
        pieces.add(text.substring(last));
        return pieces;
    }

    private static String convert(String word, Integer trimLimit, boolean nofollow, boolean autoescape, boolean safeInput) {
        if (word.indexOf('.') >= 0 || word.indexOf('@') >= 0 || word.indexOf(':') >= 0) {
            String[] parts = trimPunctuation("", word, "");
            String lead = parts[0];
            String middle = parts[1];
            String trail = parts[2];
            String url = null;
            String nofollowAttr = nofollow ? " rel=\"nofollow\"" : "";
            if (SIMPLE_URL.matcher(middle).find()) {
                url = UrlQuoting.smartUrlquote(Entities.unescape(middle));
            } else if (SIMPLE_URL_2.matcher(middle).find()) {
                url = UrlQuoting.smartUrlquote("http://" + Entities.unescape(middle));
            } else if (middle.indexOf(':') < 0 && isEmailSimple(middle)) {
                int at = middle.lastIndexOf('@');
                String domain;
                try {
                    domain = UrlQuoting.punycode(middle.substring(at + 1));
                } catch (IllegalArgumentException e) {
                    return word;
                }
                url = "mailto:" + middle.substring(0, at) + "@" + domain;
                nofollowAttr = "";
            }
            if (url != null) {
                String trimmed = trimUrl(middle, trimLimit);
                if (autoescape && !safeInput) {
                    lead = SafeString.escapeHtml(lead);
                    trail = SafeString.escapeHtml(trail);
                    trimmed = SafeString.escapeHtml(trimmed);
                }
                return lead + "<a href=\"" + SafeString.escapeHtml(url) + "\"" + nofollowAttr + ">" + trimmed + "</a>"
                        + trail;
            }
        }
        if (safeInput || !autoescape) {
            return word;
        }
        return SafeString.escapeHtml(word);
    }

    private static String trimUrl(String url, Integer limit) {
        int length = url.codePointCount(0, url.length());
        if (limit == null || length <= limit) {
            return url;
        }
        int keep = Math.max(0, limit - 1);
        return url.substring(0, url.offsetByCodePoints(0, keep)) + "\u2026";
    }

    private static String[] trimPunctuation(String leadIn, String middleIn, String trailIn) {
        String lead = leadIn;
        String middle = middleIn;
        String trail = trailIn;
        boolean trimmed = true;
        while (trimmed) {
            trimmed = false;
            for (String[] pair : WRAPPING) {
                String opening = pair[0];
                String closing = pair[1];
                if (middle.startsWith(opening)) {
                    middle = middle.substring(opening.length());
                    lead = lead + opening;
                    trimmed = true;
                }
                if (middle.endsWith(closing) && count(middle, closing) == count(middle, opening) + 1) {
                    middle = middle.substring(0, middle.length() - closing.length());
                    trail = closing + trail;
                    trimmed = true;
                }
            }
            String unescaped = Entities.unescape(middle);
            String stripped = rstrip(unescaped, TRAILING_PUNCTUATION);
            if (!unescaped.equals(stripped)) {
                int punctuation = unescaped.length() - stripped.length();
                int cut = Math.max(0, middle.length() - punctuation);
                trail = middle.substring(cut) + trail;
                middle = middle.substring(0, cut);
                trimmed = true;
            }
        }
        return new String[] {lead, middle, trail};
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    private static String rstrip(String s, String chars) {
        int end = s.length();
        while (end > 0 && chars.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }

    private static boolean isEmailSimple(String value) {
        if (value.indexOf('@') < 0 || value.startsWith("@") || value.endsWith("@")) {
            return false;
        }
        int at = value.indexOf('@');
        if (value.indexOf('@', at + 1) >= 0) {
            return false;
        }
        String domain = value.substring(at + 1);
        return domain.indexOf('.') >= 0 && !domain.startsWith(".");
    }
}

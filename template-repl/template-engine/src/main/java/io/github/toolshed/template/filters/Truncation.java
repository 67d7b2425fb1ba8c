package io.github.toolshed.template.filters;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Django's {@code Truncator}: shortens text to a number of characters or words, in plain text or
 * in HTML (where tags do not count and tags left open are closed).
 */
final class Truncation {

    /** HTML longer than this is cut before it is parsed (Django's guard against slow input). */
    static final int MAX_LENGTH_HTML = 5_000_000;

    private static final String ELLIPSIS = "\u2026";
    private static final Pattern HTML_WORDS = Pattern.compile("<[^>]+?>|([^<>\\s]+)", Pattern.DOTALL | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern HTML_CHARS = Pattern.compile("<[^>]+?>|(.)", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<(/)?(\\S+?)(?:(\\s*/)|\\s.*?)?>", Pattern.DOTALL | Pattern.UNICODE_CHARACTER_CLASS);
    private static final List<String> SINGLETS = List.of("br", "col", "link", "base", "img", "param", "area", "hr", "input");

    private Truncation() {}

    /** Appends the truncation marker unless the text already ends with it. */
    private static String addTruncationText(String text, String truncate) {
        return text.endsWith(truncate) ? text : text + truncate;
    }

    private static boolean combining(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** Django's {@code Truncator.chars}: at most {@code length} characters including the ellipsis. */
    static String chars(String value, int length, boolean html) {
        String text = Normalizer.normalize(value, Normalizer.Form.NFC);
        int truncateLen = length - 1;
        if (html) {
            return truncateHtml(length, ELLIPSIS, text, truncateLen, false);
        }
        int count = 0;
        int endIndex = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!combining(cp)) {
                count++;
                if (endIndex < 0 && count > truncateLen) {
                    endIndex = i;
                }
                if (count > length) {
                    return addTruncationText(text.substring(0, Math.max(endIndex, 0)), ELLIPSIS);
                }
            }
            i += Character.charCount(cp);
        }
        return text;
    }

    /** Django's {@code Truncator.words} with Django's " …" marker. */
    static String words(String value, int length, boolean html) {
        if (html) {
            return truncateHtml(length, " " + ELLIPSIS, value, length, true);
        }
        List<String> words = TextFilters.splitWords(value);
        if (words.size() > length) {
            int keep = length >= 0 ? length : Math.max(0, words.size() + length);
            return addTruncationText(String.join(" ", words.subList(0, keep)), " " + ELLIPSIS);
        }
        return String.join(" ", words);
    }

    private static String truncateHtml(int length, String truncate, String original, int truncateLen, boolean words) {
        if (words && length <= 0) {
            return "";
        }
        String text = original;
        boolean sizeLimited = false;
        if (text.length() > MAX_LENGTH_HTML) {
            text = text.substring(0, MAX_LENGTH_HTML);
            sizeLimited = true;
        }
        int pos = 0;
        int endTextPos = 0;
        int currentLen = 0;
        List<String> openTags = new ArrayList<>();
        Matcher m = (words ? HTML_WORDS : HTML_CHARS).matcher(text);
        while (currentLen <= length) {
            if (!m.find(pos)) {
                break;
            }
            pos = m.end();
            if (m.group(1) != null) {
                currentLen++;
                if (currentLen == truncateLen) {
                    endTextPos = pos;
                }
                continue;
            }
            Matcher tag = TAG.matcher(m.group());
            if (!tag.matches() || currentLen >= truncateLen) {
                continue;
            }
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            if (tag.group(3) != null || SINGLETS.contains(name)) {
                continue;
            }
            if (tag.group(1) != null) {
                int i = openTags.indexOf(name);
                if (i >= 0) {
                    openTags = new ArrayList<>(openTags.subList(i + 1, openTags.size()));
                }
            } else {
                openTags.addFirst(name);
            }
        }
        if (currentLen <= length) {
            return sizeLimited ? text + truncate : text;
        }
        StringBuilder out = new StringBuilder(text.substring(0, endTextPos)).append(truncate);
        for (String tag : openTags) {
            out.append("</").append(tag).append('>');
        }
        return out.toString();
    }
}

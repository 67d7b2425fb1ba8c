package io.github.toolshed.template;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Django's {@code smart_split} and string-literal helpers. */
final class Words {

    private static final Pattern SMART_SPLIT = Pattern.compile(
            """
            ((?:
                [^\\s'"]*
                (?:
                    (?:"(?:[^"\\\\]|\\\\.)*" | '(?:[^'\\\\]|\\\\.)*')
                    [^\\s'"]*
                )+
            ) | \\S+)
            """,
            Pattern.COMMENTS | Pattern.DOTALL);

    private Words() {}

    /** Splits on whitespace, keeping quoted strings whole. */
    static List<String> smartSplit(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = SMART_SPLIT.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Django's {@code Token.split_contents()}. */
    static List<String> splitContents(String contents) {
        List<String> bits = smartSplit(contents);
        List<String> split = new ArrayList<>(bits.size());
        for (int i = 0; i < bits.size(); i++) {
            String bit = bits.get(i);
            if (bit.startsWith("_(\"") || bit.startsWith("_('")) {
                String sentinel = bit.charAt(2) + ")";
                StringBuilder joined = new StringBuilder(bit);
                while (!bit.endsWith(sentinel) && i + 1 < bits.size()) {
                    bit = bits.get(++i);
                    joined.append(' ').append(bit);
                }
                bit = joined.toString();
            }
            split.add(bit);
        }
        return split;
    }

    /**
     * Django's {@code unescape_string_literal}: {@code "a\"b"} to {@code a"b}; null when the text is
     * not a quoted literal.
     */
    static String unescapeStringLiteral(String s) {
        if (s.length() < 2) {
            return null;
        }
        char quote = s.charAt(0);
        if ((quote != '"' && quote != '\'') || s.charAt(s.length() - 1) != quote) {
            return null;
        }
        String body = s.substring(1, s.length() - 1);
        return body.replace("\\" + quote, String.valueOf(quote)).replace("\\\\", "\\");
    }

    /** The first whitespace-separated word. */
    static String firstWord(String contents) {
        int n = contents.length();
        int i = 0;
        while (i < n && !Character.isWhitespace(contents.charAt(i))) {
            i++;
        }
        return contents.substring(0, i);
    }
}

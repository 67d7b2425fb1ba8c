package io.github.toolshed.template;

import java.util.Objects;

/**
 * Text marked safe for HTML output: auto-escaping leaves it alone (Django's {@code SafeString},
 * made by {@code mark_safe}). Immutable; equal to another {@code SafeString} with the same text.
 */
public final class SafeString implements CharSequence, Comparable<SafeString> {

    private final String text;

    private SafeString(String text) {
        this.text = Objects.requireNonNull(text, "text");
    }

    /**
     * Marks text as safe.
     *
     * @param text the text, trusted to be valid HTML
     * @return the safe string
     */
    public static SafeString of(String text) {
        return new SafeString(text);
    }

    /**
     * Marks a value's text as safe; a {@code SafeString} is returned as it is.
     *
     * @param value any char sequence
     * @return the safe string
     */
    public static SafeString of(CharSequence value) {
        return value instanceof SafeString safe ? safe : new SafeString(value.toString());
    }

    /**
     * Escapes HTML special characters ({@code < > & " '}) the way Django's {@code escape} does.
     *
     * @param text raw text
     * @return the escaped text
     */
    public static String escapeHtml(CharSequence text) {
        int n = text.length();
        StringBuilder out = null;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            String rep =
                    switch (c) {
                        case '<' -> "&lt;";
                        case '>' -> "&gt;";
                        case '&' -> "&amp;";
                        case '"' -> "&quot;";
                        case '\'' -> "&#x27;";
                        default -> null;
                    };
            if (rep != null) {
                if (out == null) {
                    out = new StringBuilder(n + 16);
                    out.append(text, 0, i);
                }
                out.append(rep);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text.toString() : out.toString();
    }

    /**
     * Returns the text.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public int compareTo(SafeString other) {
        return text.compareTo(other.text);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SafeString s && s.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}

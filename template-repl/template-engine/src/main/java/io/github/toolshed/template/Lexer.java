package io.github.toolshed.template;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits template source into tokens with Django's rules.
 *
 * <p>Grammar: {@code tag := "{%" any* "%}" | "{{" any* "}}" | "{#" any* "#}"} where {@code any}
 * excludes line breaks and the shortest match wins; everything between tags is text. A delimiter
 * that is not closed on the same line is plain text. Inside {@code {% verbatim %}} every tag is
 * text until the matching {@code {% endverbatim %}}.
 */
final class Lexer {

    private final String source;
    private String verbatimEnd;
    private int line = 1;
    private int lineStart;
    /** Per closer kind: the offset before which a search already failed (keeps the scan linear). */
    private final int[] noCloseBefore = new int[3];

    private Lexer(String source) {
        this.source = source;
    }

    /**
     * Tokenizes a template.
     *
     * @param source the template source
     * @return the tokens in order
     */
    static List<Token> tokenize(String source) {
        return new Lexer(source).run();
    }

    private List<Token> run() {
        List<Token> tokens = new ArrayList<>();
        int n = source.length();
        int textStart = 0;
        int i = 0;
        while (i < n - 1) {
            char c = source.charAt(i);
            if (c == '{') {
                char next = source.charAt(i + 1);
                char close = switch (next) {
                    case '%' -> '%';
                    case '{' -> '}';
                    case '#' -> '#';
                    default -> 0;
                };
                int kind = close == '%' ? 0 : close == '}' ? 1 : 2;
                if (close != 0 && i >= noCloseBefore[kind]) {
                    int end = findClose(i + 2, close);
                    if (end < 0) {
                        int eol = source.indexOf('\n', i);
                        noCloseBefore[kind] = eol < 0 ? n : eol;
                    }
                    if (end >= 0) {
                        if (textStart < i) {
                            tokens.add(text(textStart, i));
                        }
                        tokens.add(tag(i, end + 2));
                        i = end + 2;
                        textStart = i;
                        continue;
                    }
                }
            }
            i++;
        }
        if (textStart < n) {
            tokens.add(text(textStart, n));
        }
        return tokens;
    }

    /** Finds the closing delimiter on the same line; returns the index of its first char or -1. */
    private int findClose(int from, char close) {
        int n = source.length();
        for (int j = from; j < n - 1; j++) {
            char c = source.charAt(j);
            if (c == '\n') {
                return -1;
            }
            if (c == close && source.charAt(j + 1) == '}') {
                return j;
            }
        }
        return -1;
    }

    private Token text(int start, int end) {
        Token t = new Token(Token.Type.TEXT, source.substring(start, end), source.substring(start, end), line, start - lineStart + 1, start);
        advance(start, end);
        return t;
    }

    private Token tag(int start, int end) {
        String raw = source.substring(start, end);
        String inner = raw.substring(2, raw.length() - 2);
        char kind = raw.charAt(1);
        Token t;
        String blockContent = kind == '%' ? inner.strip() : null;
        if (blockContent != null && verbatimEnd != null && blockContent.equals(verbatimEnd)) {
            verbatimEnd = null;
        }
        if (verbatimEnd != null) {
            t = new Token(Token.Type.TEXT, raw, raw, line, start - lineStart + 1, start);
        } else if (kind == '{') {
            t = new Token(Token.Type.VAR, inner.strip(), raw, line, start - lineStart + 1, start);
        } else if (kind == '%') {
            if (blockContent.equals("verbatim") || blockContent.startsWith("verbatim ")) {
                verbatimEnd = "end" + blockContent;
            }
            t = new Token(Token.Type.BLOCK, blockContent, raw, line, start - lineStart + 1, start);
        } else {
            t = new Token(Token.Type.COMMENT, inner.strip(), raw, line, start - lineStart + 1, start);
        }
        advance(start, end);
        return t;
    }

    private void advance(int start, int end) {
        for (int j = start; j < end; j++) {
            if (source.charAt(j) == '\n') {
                line++;
                lineStart = j + 1;
            }
        }
    }
}

package io.github.toolshed.demo.docs;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** A shallow check of code no engine here can run: brackets balance and strings close. */
final class Brackets {

    private Brackets() {}

    /** Returns the first problem, or empty. */
    static Optional<String> check(String code) {
        Deque<Character> open = new ArrayDeque<>();
        char quote = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                } else if (c == '\n' && quote != '`') {
                    return Optional.of("unclosed string");
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                open.push(c);
            } else if (c == ')' || c == ']' || c == '}') {
                char expected = c == ')' ? '(' : c == ']' ? '[' : '{';
                if (open.isEmpty() || open.pop() != expected) {
                    return Optional.of("unbalanced '" + c + "' at offset " + i);
                }
            }
        }
        if (quote != 0) {
            return Optional.of("unclosed string");
        }
        return open.isEmpty() ? Optional.empty() : Optional.of("unclosed '" + open.peek() + "'");
    }
}

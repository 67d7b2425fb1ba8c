package io.github.toolshed.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one interactive input line into words with the quoting rules of a POSIX shell, so that
 * a line typed in the shell means what it would mean on the command line.
 *
 * <ul>
 *   <li>whitespace separates words;
 *   <li>{@code '...'} keeps everything literally;
 *   <li>{@code "..."} keeps everything but treats {@code \"}, {@code \\}, {@code \$} and
 *       {@code \`} as escapes;
 *   <li>outside quotes, a backslash makes the next character literal;
 *   <li>{@code ''} and {@code ""} make an empty word.
 * </ul>
 *
 * Nothing is expanded: no variables, globs or command substitution.
 */
final class CommandLineTokenizer {

    private CommandLineTokenizer() {}

    /**
     * Splits a line into words.
     *
     * @param line the input line
     * @return the words, in order
     * @throws ShellException a usage error for an unclosed quote or a trailing backslash
     */
    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    throw ShellException.usage("unclosed single quote at column " + (i + 1));
                }
                word.append(line, i + 1, end);
                inWord = true;
                i = end + 1;
            } else if (c == '"') {
                i = doubleQuoted(line, i, word);
                inWord = true;
            } else if (c == '\\') {
                if (i + 1 >= line.length()) {
                    throw ShellException.usage("trailing backslash at column " + (i + 1));
                }
                word.append(line.charAt(i + 1));
                inWord = true;
                i += 2;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private static int doubleQuoted(String line, int open, StringBuilder word) {
        int i = open + 1;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                word.append(line.charAt(i + 1));
                i += 2;
            } else {
                word.append(c);
                i++;
            }
        }
        throw ShellException.usage("unclosed double quote at column " + (open + 1));
    }
}

package io.github.toolshed.gotocli;

import java.nio.file.Path;

/**
 * A named directory: the alias {@code name} that {@code goto name} jumps to {@code directory}.
 *
 * <p>Names are validated by {@link #checkName(String)}; the directory is kept exactly as given
 * (absolute, any characters a file name may hold, including newlines and tabs).
 *
 * @param name the alias, e.g. {@code proj}
 * @param directory the absolute directory the alias stands for
 */
public record Target(String name, Path directory) {

    /**
     * Creates a target, validating the name and requiring an absolute directory.
     *
     * @throws GotoException when the name is invalid or the directory is relative
     */
    public Target {
        checkName(name);
        if (directory == null || !directory.isAbsolute()) {
            throw new GotoException("directory of '" + name + "' must be absolute, was " + directory);
        }
    }

    /**
     * Checks that a string may be used as an alias name.
     *
     * <p>A name is not empty, holds no whitespace or control character, does not start with
     * {@code -} (it would read as an option) or {@code /} (it would read as a path), and is not
     * {@code .} or {@code ..}. A {@code /} inside a name is allowed; {@code goto name/sub} then
     * prefers the longest alias.
     *
     * @param name the candidate name
     * @return the name, for chaining
     * @throws GotoException naming the rule the name breaks
     */
    public static String checkName(String name) {
        if (name == null || name.isEmpty()) {
            throw new GotoException("alias name must not be empty");
        }
        char first = name.charAt(0);
        if (first == '-') {
            throw new GotoException("alias name must not start with '-': '" + name + "'");
        }
        if (first == '/') {
            throw new GotoException("alias name must not start with '/': '" + name + "'");
        }
        if (name.equals(".") || name.equals("..")) {
            throw new GotoException("alias name must not be '.' or '..'");
        }
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            if (Character.isWhitespace(cp) || Character.isISOControl(cp) || Character.isSpaceChar(cp)) {
                throw new GotoException("alias name must not contain whitespace or control characters: '"
                        + printable(name) + "'");
            }
            i += Character.charCount(cp);
        }
        return name;
    }

    private static String printable(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

package io.github.toolshed.surlex;

/**
 * A surlex pattern that does not compile: carries the pattern, the 0-based position of the
 * offending character and a short description, and renders a caret view of the problem.
 *
 * <p>The message reads like {@code <1:7>: unclosed '<'} followed by the caret view:
 *
 * <pre>
 * /blog/&lt;year
 *       ^ unclosed '&lt;'
 * </pre>
 */
public class SurlexSyntaxException extends SurlexException {

    private final String pattern;
    private final int position;
    private final String description;

    /**
     * Creates a syntax error.
     *
     * @param pattern the surlex being compiled
     * @param position the 0-based index of the offending character (clamped to the pattern)
     * @param description what is wrong at that position
     */
    public SurlexSyntaxException(String pattern, int position, String description) {
        this(pattern, position, description, null);
    }

    SurlexSyntaxException(String pattern, int position, String description, Throwable cause) {
        super(render(pattern, clamp(pattern, position), description), cause);
        this.pattern = pattern;
        this.position = clamp(pattern, position);
        this.description = description;
    }

    /**
     * Returns the pattern that failed to compile.
     *
     * @return the surlex source text
     */
    public String pattern() {
        return pattern;
    }

    /**
     * Returns the 0-based position of the offending character.
     *
     * @return an index into {@link #pattern()}, equal to its length for "unexpected end"
     */
    public int position() {
        return position;
    }

    /**
     * Returns the description of the problem without position or caret view.
     *
     * @return for example {@code unclosed '<'}
     */
    public String description() {
        return description;
    }

    /**
     * Returns the two-line caret view: the pattern, then a caret under the offending character
     * followed by the description.
     *
     * @return the caret view, lines separated by {@code \n}
     */
    public String caretView() {
        return caretView(pattern, position, description);
    }

    private static int clamp(String pattern, int position) {
        return Math.max(0, Math.min(position, pattern.length()));
    }

    private static String render(String pattern, int position, String description) {
        return "<1:" + (position + 1) + ">: " + description + "\n" + caretView(pattern, position, description);
    }

    private static String caretView(String pattern, int position, String description) {
        StringBuilder line = new StringBuilder(pattern.length());
        // Control characters would break the alignment of the caret (or the line itself).
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            line.append(Character.isISOControl(c) ? ' ' : c);
        }
        return line + "\n" + " ".repeat(position) + "^ " + description;
    }
}

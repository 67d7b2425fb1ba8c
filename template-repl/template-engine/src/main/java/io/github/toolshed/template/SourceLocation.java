package io.github.toolshed.template;

/**
 * A position in a template's source: the template name, 1-based line and column, 0-based offset,
 * the offending token's text and the whole source line it sits on (for the caret view).
 *
 * @param templateName name of the template, or {@code "<string>"} for templates built from a string
 * @param line 1-based line number
 * @param column 1-based column number
 * @param offset 0-based character offset in the source
 * @param token the offending token's source text (may be empty)
 * @param sourceLine the full text of the line the token starts on, without its line break
 */
public record SourceLocation(
        String templateName, int line, int column, int offset, String token, String sourceLine) {

    /**
     * Renders the location as {@code name:line:column} followed by the source line and a caret
     * under the offending token.
     *
     * @return a multi-line caret view
     */
    public String caretView() {
        StringBuilder out = new StringBuilder();
        out.append(templateName).append(':').append(line).append(':').append(column).append('\n');
        out.append(sourceLine).append('\n');
        int pad = Math.max(0, Math.min(column - 1, sourceLine.length()));
        for (int i = 0; i < pad; i++) {
            out.append(sourceLine.charAt(i) == '\t' ? '\t' : ' ');
        }
        int width = Math.max(1, Math.min(token.length(), Math.max(1, sourceLine.length() - pad)));
        out.append("^".repeat(width));
        return out.toString();
    }

    @Override
    public String toString() {
        return "<" + templateName + ":" + line + ":" + column + ">";
    }
}

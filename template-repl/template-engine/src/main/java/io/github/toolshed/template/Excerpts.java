package io.github.toolshed.template;

/** Debug-mode source excerpts: numbered lines around an error with a caret under its column. */
final class Excerpts {

    private Excerpts() {}

    /** {@code context} lines before and after the error line, then a caret under the column. */
    static String around(String source, SourceLocation at, int context) {
        String[] lines = source.split("\\R", -1);
        int errorLine = Math.max(1, Math.min(at.line(), lines.length));
        int first = Math.max(1, errorLine - context);
        int last = Math.min(lines.length, errorLine + context);
        int width = String.valueOf(last).length();
        StringBuilder sb = new StringBuilder();
        sb.append(at.templateName()).append(':').append(at.line()).append(':').append(at.column());
        for (int n = first; n <= last; n++) {
            String line = lines[n - 1];
            sb.append('\n').append(n == errorLine ? "> " : "  ");
            sb.append(" ".repeat(width - String.valueOf(n).length())).append(n).append(" | ").append(line);
            if (n == errorLine) {
                sb.append('\n').append("  ").append(" ".repeat(width)).append(" | ");
                int pad = Math.max(0, Math.min(at.column() - 1, line.length()));
                for (int i = 0; i < pad; i++) {
                    sb.append(line.charAt(i) == '\t' ? '\t' : ' ');
                }
                int caret = Math.max(1, Math.min(at.token().length(), Math.max(1, line.length() - pad)));
                sb.append("^".repeat(caret));
            }
        }
        return sb.toString();
    }
}

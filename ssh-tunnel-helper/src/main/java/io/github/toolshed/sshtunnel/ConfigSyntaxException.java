package io.github.toolshed.sshtunnel;

/**
 * A config file that OpenSSH itself would refuse to read (for example unbalanced quotes), reported
 * with the source name, line and column, printed as {@code <source:line:column>: message}.
 */
public final class ConfigSyntaxException extends SshTunnelException {

    private final String source;
    private final int line;
    private final int column;
    private final int offset;
    private final String lineText;

    /**
     * Creates a syntax error.
     *
     * @param source the file name or another label for the input
     * @param line the 1-based line number
     * @param column the 1-based column (in characters)
     * @param offset the 0-based character offset in the whole input
     * @param lineText the offending line without its terminator
     * @param problem what is wrong
     */
    public ConfigSyntaxException(String source, int line, int column, int offset, String lineText, String problem) {
        super("<" + source + ":" + line + ":" + column + ">: " + problem);
        this.source = source;
        this.line = line;
        this.column = column;
        this.offset = offset;
        this.lineText = lineText;
    }

    /** @return the file name or label of the input */
    public String source() {
        return source;
    }

    /** @return the 1-based line number */
    public int line() {
        return line;
    }

    /** @return the 1-based column */
    public int column() {
        return column;
    }

    /** @return the 0-based character offset of the error in the whole input */
    public int offset() {
        return offset;
    }

    /**
     * Renders the offending line with a caret under the column; control characters are shown as
     * {@code \\uXXXX} so the view itself cannot be used to inject anything into a terminal.
     *
     * @return two lines of text
     */
    public String caretView() {
        StringBuilder shown = new StringBuilder();
        int caret = 0;
        for (int i = 0; i < lineText.length(); i++) {
            char c = lineText.charAt(i);
            String piece = c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c);
            if (i < column - 1) {
                caret += piece.length();
            }
            shown.append(piece);
        }
        return shown + "\n" + " ".repeat(caret) + "^";
    }
}

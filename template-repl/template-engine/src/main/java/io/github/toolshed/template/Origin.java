package io.github.toolshed.template;

/**
 * Where a template's source came from: its name, the loader that found it (null for strings) and
 * the source text (for caret views).
 */
record Origin(String name, Loader loader, String source) {

    SourceLocation locate(Token token) {
        int start = source.lastIndexOf('\n', Math.max(0, token.offset() - 1)) + 1;
        if (token.offset() == 0) {
            start = 0;
        }
        int end = source.indexOf('\n', token.offset());
        String line = source.substring(start, end < 0 ? source.length() : end);
        return new SourceLocation(name, token.line(), token.offset() - start + 1, token.offset(), token.raw(), line);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Origin other && other.name.equals(name) && other.loader == loader;
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }
}

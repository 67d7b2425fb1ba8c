package io.github.toolshed.template;

/**
 * One lexical token of a template: literal text, a {@code {{ variable }}}, a {@code {% tag %}} or a
 * {@code {# comment #}}, with its position in the source.
 */
record Token(Type type, String contents, String raw, int line, int column, int offset) {

    /** The kinds of token. */
    enum Type {
        TEXT,
        VAR,
        BLOCK,
        COMMENT
    }

    /** Django's {@code split_contents()}: words, keeping quoted strings (and {@code _("...")}) whole. */
    java.util.List<String> splitContents() {
        return Words.splitContents(contents);
    }

    @Override
    public String toString() {
        return type + ":" + contents;
    }
}

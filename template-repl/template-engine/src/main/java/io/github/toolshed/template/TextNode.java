package io.github.toolshed.template;

/** Literal template text. */
final class TextNode extends Node {
    final String text;

    TextNode(String text) {
        this.text = text;
    }

    @Override
    void render(Context context, StringBuilder out) {
        out.append(text);
    }
}

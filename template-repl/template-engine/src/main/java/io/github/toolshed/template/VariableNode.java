package io.github.toolshed.template;

/** {@code {{ expression }}}: resolves, filters, displays and (when on) escapes a value. */
final class VariableNode extends Node {
    final FilterExpression expression;

    VariableNode(FilterExpression expression) {
        this.expression = expression;
    }

    @Override
    void render(Context context, StringBuilder out) {
        Display.renderValue(expression.resolve(context), context, out);
    }

    @Override
    public String toString() {
        return "<Variable Node: " + expression + ">";
    }
}

package io.github.toolshed.template;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Template partials (Django 6's {@code partialdef}/{@code partial}):
 * {@code {% partialdef name [inline] %}...{% endpartialdef [name] %}} defines a named fragment
 * (rendered in place only with {@code inline}); {@code {% partial name %}} renders it; and
 * {@code engine.getTemplate("page.html#name")} loads the fragment alone.
 */
final class PartialTags {

    static final String PARTIALS = "partials";

    private PartialTags() {}

    @SuppressWarnings("unchecked")
    static Map<String, NodeList> partials(Parser parser) {
        return (Map<String, NodeList>) parser.state.computeIfAbsent(PARTIALS, k -> new HashMap<String, NodeList>());
    }

    static Node parseDef(Parser parser, Token token) {
        List<String> bits = token.splitContents();
        if (bits.size() < 2 || bits.size() > 3 || (bits.size() == 3 && !bits.get(2).equals("inline"))) {
            throw new TemplateSyntaxError("'partialdef' tag requires a name and an optional 'inline' argument");
        }
        String name = bits.get(1);
        boolean inline = bits.size() == 3;
        Map<String, NodeList> known = partials(parser);
        if (known.containsKey(name)) {
            throw new TemplateSyntaxError("Partial '" + name + "' is already defined in this template");
        }
        NodeList body = parser.parse(Parser.until("endpartialdef"));
        Token end = parser.nextToken();
        if (!end.contents().equals("endpartialdef") && !end.contents().equals("endpartialdef " + name)) {
            throw parser.error(end, "Invalid block tag on line " + end.line() + ": '" + end.contents()
                    + "', expected 'endpartialdef' or 'endpartialdef " + name + "'.");
        }
        known.put(name, body);
        return new Node() {
            @Override
            void render(Context context, StringBuilder out) {
                if (inline) {
                    body.render(context, out);
                }
            }

            @Override
            List<NodeList> children() {
                return List.of(body);
            }
        };
    }

    static Node parsePartial(Parser parser, Token token) {
        List<String> bits = token.splitContents();
        if (bits.size() != 2) {
            throw new TemplateSyntaxError("'partial' tag requires a single argument");
        }
        String name = bits.get(1);
        Map<String, NodeList> known = partials(parser);
        return new Node() {
            @Override
            void render(Context context, StringBuilder out) {
                NodeList body = known.get(name);
                if (body == null) {
                    throw new TemplateSyntaxError("Partial '" + name + "' is not defined in the current template");
                }
                body.render(context, out);
            }
        };
    }
}

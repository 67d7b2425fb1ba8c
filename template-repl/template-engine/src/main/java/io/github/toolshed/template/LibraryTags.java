package io.github.toolshed.template;

import io.github.toolshed.template.spi.BlockParser;
import io.github.toolshed.template.spi.BlockTag;
import io.github.toolshed.template.spi.Body;
import io.github.toolshed.template.spi.Expression;
import io.github.toolshed.template.spi.TagRenderer;
import io.github.toolshed.template.spi.TagScope;
import io.github.toolshed.template.spi.TemplateSettings;
import java.util.List;
import java.util.Map;

/** Bridges the public {@link BlockTag} API and the engine's parser and nodes. */
final class LibraryTags {

    private LibraryTags() {}

    /** A built-in tag compiled by engine internals; carried inside a public {@link io.github.toolshed.template.spi.Library}. */
    record NativeTag(TagParser parser) implements BlockTag {
        @Override
        public TagRenderer parse(BlockParser p) {
            throw new UnsupportedOperationException("built-in tags are compiled by the engine");
        }
    }

    /** The engine's compiler for a library tag. */
    static TagParser compiler(BlockTag tag) {
        if (tag instanceof NativeTag n) {
            return n.parser();
        }
        return (parser, token) -> new RendererNode(tag.parse(new Api(parser, token)));
    }

    /** The {@link BlockParser} over the engine's parser. */
    private record Api(Parser parser, Token token) implements BlockParser {
        @Override
        public String tagName() {
            return Words.firstWord(token.contents());
        }

        @Override
        public List<String> arguments() {
            List<String> bits = token.splitContents();
            return List.copyOf(bits.subList(1, bits.size()));
        }

        @Override
        public Expression compile(String expression) {
            return new CompiledExpression(parser.compileFilter(expression));
        }

        @Override
        public Body parseUntil(String... endTags) {
            NodeList nodes = parser.parse(Parser.until(endTags));
            return (scope, out) -> nodes.render(scope.context(), out);
        }

        @Override
        public List<String> nextTag() {
            return List.copyOf(parser.nextToken().splitContents());
        }

        @Override
        public TemplateSyntaxError error(String message) {
            return parser.error(token, message);
        }

        @Override
        public SourceLocation location() {
            return parser.origin.locate(token);
        }
    }

    private record CompiledExpression(FilterExpression fe) implements Expression {
        @Override
        public Object resolve(TagScope scope) {
            return fe.resolve(scope.context());
        }

        @Override
        public String text() {
            return fe.token();
        }
    }

    /** Renders a library tag. */
    private static final class RendererNode extends Node {
        private final TagRenderer renderer;

        RendererNode(TagRenderer renderer) {
            this.renderer = renderer;
        }

        @Override
        void render(Context context, StringBuilder out) {
            renderer.render(new Scope(context, origin == null ? Engine.STRING_ORIGIN : origin.name()), out);
        }
    }

    /** The {@link TagScope} of one rendering. */
    private record Scope(Context context, String templateName) implements TagScope {
        @Override
        public boolean autoescape() {
            return context.autoescape();
        }

        @Override
        public TemplateSettings settings() {
            return engine().settings();
        }

        @Override
        public Engine engine() {
            return context.template.engine();
        }

        @Override
        public void display(Object value, StringBuilder out) {
            Display.renderValue(value, context, out);
        }

        @Override
        public void renderTemplate(String name, Map<String, ?> values, StringBuilder out) {
            Template t = engine().findTemplate(TemplateNames.relativePath(templateName, name), List.of());
            t.renderInto(context.isolated(new java.util.HashMap<>(values)), out);
        }
    }
}

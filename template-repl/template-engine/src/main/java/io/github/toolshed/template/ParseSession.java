package io.github.toolshed.template;

import io.github.toolshed.template.spi.FilterSpec;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compiles a sequence of sources with one persistent parser state, the way a REPL reads its
 * inputs: the tags and filters that {@code {% load %}} and {@code {% import %}} add in one
 * successfully compiled source stay available to the sources compiled after it. A source that fails
 * to compile changes nothing. Not thread-safe: one session per REPL.
 *
 * <pre>{@code
 * ParseSession session = engine.newParseSession();
 * session.compile("{% import shop as s %}");
 * session.compile("{% s.price 3 currency='EUR' %}").render(Map.of()); // "3 EUR"
 * }</pre>
 */
public final class ParseSession {

    private final Engine engine;
    private Map<String, TagParser> tags;
    private Map<String, FilterSpec> filters;

    ParseSession(Engine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
        reset();
    }

    /**
     * Compiles a source with the tags and filters loaded so far; on success the libraries it loads
     * stay loaded for later sources.
     *
     * @param source the template source
     * @return the compiled template, named {@code "<string>"}
     * @throws TemplateSyntaxError when it does not compile (see
     *     {@link TemplateSyntaxError#unclosedBlock()})
     */
    public Template compile(String source) {
        Parser parser = parser(source);
        Template template = compile(parser, source);
        tags = Map.copyOf(parser.tags);
        filters = Map.copyOf(parser.filters);
        return template;
    }

    /**
     * Whether the source fails to compile only because a block tag is still open at its end, so
     * more input could complete it. Nothing is kept from the trial compilation.
     *
     * @param source the template source read so far
     * @return true when a continuation line could complete it; false for a source that compiles
     *     and for one with any other error
     */
    public boolean isIncomplete(String source) {
        return check(source).map(TemplateSyntaxError::unclosedBlock).orElse(false);
    }

    /**
     * Compiles a source as a trial, keeping nothing, and returns its syntax error if it has one
     * (for an unclosed block, {@link TemplateSyntaxError#expectedTags()} says what would close it).
     * Failures other than syntax errors (a library tag's own exception) are left for
     * {@link #compile(String)} to report.
     *
     * @param source the template source
     * @return the syntax error, or empty when the source compiles (or fails otherwise)
     */
    public Optional<TemplateSyntaxError> check(String source) {
        try {
            compile(parser(source), source);
            return Optional.empty();
        } catch (TemplateSyntaxError e) {
            return Optional.of(e);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The names of the tags the next source can use: the built-ins plus everything loaded so far
     * (namespaced tags as {@code ns.name}).
     *
     * @return the sorted tag names
     */
    public Set<String> tagNames() {
        return new TreeSet<>(tags.keySet());
    }

    /**
     * The names of the filters the next source can use, loaded ones included.
     *
     * @return the sorted filter names
     */
    public Set<String> filterNames() {
        return new TreeSet<>(filters.keySet());
    }

    /** Forgets every loaded library: back to the engine's built-in tags and filters. */
    public void reset() {
        tags = engine.tags();
        filters = engine.filters();
    }

    /**
     * The engine compiling the sources.
     *
     * @return the engine
     */
    public Engine engine() {
        return engine;
    }

    private Parser parser(String source) {
        Origin origin = new Origin(Engine.STRING_ORIGIN, null, Objects.requireNonNull(source, "source"));
        return new Parser(Lexer.tokenize(source), engine, origin, tags, filters);
    }

    private Template compile(Parser parser, String source) {
        try {
            NodeList nodes = parser.parse();
            return new Template(engine, parser.origin, nodes, Map.copyOf(PartialTags.partials(parser)));
        } catch (TemplateSyntaxError e) {
            if (engine.debug()) {
                e.enter(Engine.STRING_ORIGIN, source);
            }
            throw e;
        } catch (StackOverflowError e) {
            throw new TemplateSyntaxError("Template '" + Engine.STRING_ORIGIN + "' is too deeply nested to compile");
        }
    }
}

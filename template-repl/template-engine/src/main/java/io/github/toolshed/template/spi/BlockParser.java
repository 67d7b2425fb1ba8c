package io.github.toolshed.template.spi;

import io.github.toolshed.template.TemplateSyntaxError;
import java.util.List;

/**
 * The parser API a {@link BlockTag} compiles with: the tag's words, filter expressions, and the
 * body up to an end tag.
 */
public interface BlockParser {

    /**
     * The name the tag was invoked with (after renaming or namespacing, e.g. {@code "ns.cache"}).
     *
     * @return the invoked name
     */
    String tagName();

    /**
     * The words after the tag name, split like Django's {@code split_contents()} (quoted strings
     * stay whole).
     *
     * @return the arguments as written
     */
    List<String> arguments();

    /**
     * Compiles a filter expression with the filters visible in this template.
     *
     * @param expression e.g. {@code "user.name|upper"} or {@code "'literal'"}
     * @return the compiled expression
     * @throws TemplateSyntaxError when it does not compile
     */
    Expression compile(String expression);

    /**
     * Parses the template up to one of the given end tags, which is left unconsumed; read it with
     * {@link #nextTag()}.
     *
     * @param endTags names of the tags that end the body, e.g. {@code "endcache"}
     * @return the compiled body
     * @throws TemplateSyntaxError when no end tag follows
     */
    Body parseUntil(String... endTags);

    /**
     * Consumes the block tag that stopped {@link #parseUntil} and returns its words (the first is
     * its name), so tags with intermediate branches ({@code else}) can tell which one came.
     *
     * @return the words of the consumed tag
     */
    List<String> nextTag();

    /**
     * Builds a syntax error located at this tag.
     *
     * @param message the message
     * @return the error, to throw
     */
    TemplateSyntaxError error(String message);

    /**
     * Where this tag sits in its template's source (for tags that report their position, such as a
     * breakpoint). The default, for parsers outside the engine, is {@code null}.
     *
     * @return the tag's location, or {@code null} when unknown
     */
    default io.github.toolshed.template.SourceLocation location() {
        return null;
    }
}

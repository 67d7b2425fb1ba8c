package io.github.toolshed.template.spi;

/**
 * Compiles one occurrence of a tag, with full control over its arguments and body (Django's
 * {@code @register.tag}). See the package documentation for an example.
 */
@FunctionalInterface
public interface BlockTag {

    /**
     * Compiles the tag at the parser's current position.
     *
     * @param parser the parser, positioned after the tag's token
     * @return what renders the tag
     * @throws io.github.toolshed.template.TemplateSyntaxError for malformed use (see
     *     {@link BlockParser#error(String)})
     */
    TagRenderer parse(BlockParser parser);
}

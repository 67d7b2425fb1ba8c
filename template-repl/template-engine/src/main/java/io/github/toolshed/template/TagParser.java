package io.github.toolshed.template;

/** Compiles one block tag ({@code {% name ... %}}) into a node. */
@FunctionalInterface
interface TagParser {

    /** Compiles the tag whose token is {@code token}; may consume more tokens from the parser. */
    Node parse(Parser parser, Token token);
}

/**
 * Simple URL Expressions: a concise URL-pattern language, reversing and a route table.
 * Pure Java, no dependencies.
 */
module io.github.toolshed.surlex {
    exports io.github.toolshed.surlex;
}

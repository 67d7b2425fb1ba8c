package io.github.toolshed.template;

import io.github.toolshed.template.spi.FilterSpec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns tokens into a node tree (Django's {@code Parser}). Block tags are compiled by the
 * {@link TagParser} registered under their first word; a tag with a body calls
 * {@link #parse(Set)} with the names of its end tags.
 */
final class Parser {

    private final List<Token> tokens;
    private int pos;
    private final Deque<Token> commandStack = new ArrayDeque<>();
    final Map<String, TagParser> tags;
    final Map<String, FilterSpec> filters;
    final Origin origin;
    final Engine engine;
    /** Per-template parser state shared by tags (e.g. names of the blocks seen so far). */
    final Map<String, Object> state = new HashMap<>();

    Parser(List<Token> tokens, Engine engine, Origin origin) {
        this(tokens, engine, origin, engine.tags(), engine.filters());
    }

    /** A parser starting from given tags and filters (a {@link ParseSession}'s loaded ones). */
    Parser(List<Token> tokens, Engine engine, Origin origin, Map<String, TagParser> tags,
            Map<String, FilterSpec> filters) {
        this.tokens = tokens;
        this.engine = engine;
        this.origin = origin;
        this.tags = new HashMap<>(tags);
        this.filters = new HashMap<>(filters);
    }

    /** Parses the whole template. */
    NodeList parse() {
        return parse(Set.of());
    }

    /** Block tags nested deeper than this are refused (a recursion guard, not a language limit). */
    static final int MAX_NESTING = 256;

    private int nesting;

    /** Parses until one of the given block tags (left unconsumed) or the end of input. */
    NodeList parse(Set<String> until) {
        if (++nesting > MAX_NESTING) {
            Token at = commandStack.isEmpty() ? tokens.get(Math.max(0, pos - 1)) : commandStack.peek();
            throw error(at, "Block tags are nested more than " + MAX_NESTING + " levels deep");
        }
        try {
            return parseNodes(until);
        } finally {
            nesting--;
        }
    }

    private NodeList parseNodes(Set<String> until) {
        List<Node> nodes = new ArrayList<>();
        boolean nonText = false;
        while (pos < tokens.size()) {
            Token token = tokens.get(pos++);
            switch (token.type()) {
                case TEXT -> nonText = add(nodes, nonText, new TextNode(token.contents()), token);
                case VAR -> {
                    if (token.contents().isEmpty()) {
                        throw error(token, "Empty variable tag on line " + token.line());
                    }
                    FilterExpression fe;
                    try {
                        fe = compileFilter(token.contents());
                    } catch (TemplateSyntaxError e) {
                        throw locate(e, token);
                    }
                    nonText = add(nodes, nonText, new VariableNode(fe), token);
                }
                case BLOCK -> {
                    String contents = token.contents();
                    if (contents.isEmpty()) {
                        throw error(token, "Empty block tag on line " + token.line());
                    }
                    String command = Words.firstWord(contents);
                    if (until.contains(command)) {
                        pos--;
                        return new NodeList(nodes, nonText);
                    }
                    TagParser tag = tags.get(command);
                    if (tag == null) {
                        throw invalidBlockTag(token, command, until);
                    }
                    commandStack.push(token);
                    Node node;
                    try {
                        node = tag.parse(this, token);
                    } catch (TemplateSyntaxError e) {
                        throw locate(e, token);
                    }
                    nonText = add(nodes, nonText, node, token);
                    commandStack.pop();
                }
                case COMMENT -> {
                    // comments produce no output
                }
            }
        }
        if (!until.isEmpty()) {
            throw unclosed(until);
        }
        return new NodeList(nodes, nonText);
    }

    private boolean add(List<Node> nodes, boolean nonText, Node node, Token token) {
        if (node.mustBeFirst() && nonText) {
            throw error(token, node + " must be the first tag in the template.");
        }
        if (node.token == null) {
            node.token = token;
        }
        node.origin = origin;
        nodes.add(node);
        return nonText || !(node instanceof TextNode);
    }

    private TemplateSyntaxError invalidBlockTag(Token token, String command, Set<String> until) {
        if (!until.isEmpty()) {
            List<String> quoted = until.stream().map(s -> "'" + s + "'").toList();
            return error(token, "Invalid block tag on line " + token.line() + ": '" + command + "', expected "
                    + textList(quoted, "or") + ". Did you forget to register or load this tag?");
        }
        return error(token, "Invalid block tag on line " + token.line() + ": '" + command
                + "'. Did you forget to register or load this tag?");
    }

    /** Django's {@code get_text_list}: {@code 'a', 'b' or 'c'}. */
    static String textList(List<String> items, String last) {
        if (items.size() == 1) {
            return items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + last + " " + items.getLast();
    }

    private TemplateSyntaxError unclosed(Set<String> until) {
        Token token = commandStack.isEmpty() ? tokens.getLast() : commandStack.pop();
        String command = Words.firstWord(token.contents());
        return error(token, "Unclosed tag on line " + token.line() + ": '" + command + "'. Looking for one of: "
                + String.join(", ", until) + ".").markUnclosed(until);
    }

    /** Consumes and returns the next token. */
    Token nextToken() {
        return tokens.get(pos++);
    }

    /** Drops the next token (typically the end tag that stopped {@link #parse(Set)}). */
    void deleteFirstToken() {
        pos++;
    }

    /** Skips tokens up to and including the block tag {@code endTag}. */
    void skipPast(String endTag) {
        while (pos < tokens.size()) {
            Token t = tokens.get(pos++);
            if (t.type() == Token.Type.BLOCK && t.contents().equals(endTag)) {
                return;
            }
        }
        throw unclosed(orderedSet(endTag));
    }

    private static Set<String> orderedSet(String... names) {
        return new java.util.LinkedHashSet<>(List.of(names));
    }

    /** Compiles a filter expression with this template's filters. */
    FilterExpression compileFilter(String expression) {
        return new FilterExpression(expression, filters);
    }

    TemplateSyntaxError error(Token token, String message) {
        return new TemplateSyntaxError(message, origin.locate(token));
    }

    private TemplateSyntaxError locate(TemplateSyntaxError e, Token token) {
        e.locate(origin.locate(token));
        return e;
    }

    /** An insertion-ordered set of end-tag names, as error messages list them in order. */
    static Set<String> until(String... names) {
        return orderedSet(names);
    }
}

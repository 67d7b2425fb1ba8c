package io.github.toolshed.surlex;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns surlex source text into {@link Node}s. The grammar (EBNF):
 *
 * <pre>
 * surlex   = [ "^" ] , { element } , [ "$" ] ;
 * element  = literal | escape | capture | optional | "*" ;
 * escape   = "\" , any character ;
 * capture  = "&lt;" , [ name ] , [ "=" , regex | ":" , macro ] , "&gt;" ;   (name, regex or macro required)
 * name     = ( letter | "_" ) , { letter | digit | "_" } ;
 * regex    = { "\&gt;" | "\" , any character | any character but "&gt;" } ;   ("\&gt;" stands for "&gt;")
 * macro    = { any character but "&gt;" } ;
 * optional = "(" , { element } , ")" ;
 * literal  = any other character ;
 * </pre>
 *
 * {@code ^} is an anchor only as the first character and {@code $} only as the last; elsewhere
 * they are literal text.
 */
final class Parser {

    /** Deeper nesting is refused: it serves no URL and would overflow the regex compiler's stack. */
    static final int MAX_NESTING = 32;

    record Result(List<Node> nodes, boolean startAnchor, boolean endAnchor, List<Node.Capture> captures) {}

    private final String pattern;
    private final MacroRegistry macros;
    private final Map<String, Integer> namePositions = new HashMap<>();
    private final Set<String> groupNames = new HashSet<>();
    private final List<Node.Capture> captures = new ArrayList<>();

    private Parser(String pattern, MacroRegistry macros) {
        this.pattern = pattern;
        this.macros = macros;
    }

    static Result parse(String pattern, MacroRegistry macros) {
        return new Parser(pattern, macros).parse();
    }

    private Result parse() {
        int start = 0;
        int end = pattern.length();
        boolean startAnchor = end > 0 && pattern.charAt(0) == '^';
        if (startAnchor) {
            start = 1;
        }
        boolean endAnchor = end > start && pattern.charAt(end - 1) == '$' && !escaped(end - 1);
        if (endAnchor) {
            end--;
        }
        Deque<List<Node>> open = new ArrayDeque<>();
        Deque<Integer> openAt = new ArrayDeque<>();
        List<Node> current = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int literalAt = start;
        int i = start;
        while (i < end) {
            char c = pattern.charAt(i);
            if (c != '\\' && "<()*".indexOf(c) >= 0 && !literal.isEmpty()) {
                current.add(new Node.Literal(literal.toString(), literalAt));
                literal.setLength(0);
            }
            switch (c) {
                case '\\' -> {
                    if (i + 1 >= end) {
                        throw error(i, "nothing to escape after '\\' at the end of the pattern");
                    }
                    if (literal.isEmpty()) {
                        literalAt = i;
                    }
                    literal.append(pattern.charAt(i + 1));
                    i += 2;
                }
                case '<' -> i = capture(i, end, current);
                case '(' -> {
                    if (open.size() >= MAX_NESTING) {
                        throw error(i, "optional sections nested deeper than " + MAX_NESTING);
                    }
                    open.push(current);
                    openAt.push(i);
                    current = new ArrayList<>();
                    i++;
                }
                case ')' -> {
                    if (open.isEmpty()) {
                        throw error(i, "unbalanced ')'");
                    }
                    Node.Section section = new Node.Section(List.copyOf(current), openAt.pop());
                    current = open.pop();
                    current.add(section);
                    i++;
                }
                case '*' -> {
                    current.add(new Node.Wildcard(i));
                    i++;
                }
                default -> {
                    if (literal.isEmpty()) {
                        literalAt = i;
                    }
                    literal.append(c);
                    i++;
                }
            }
        }
        if (!open.isEmpty()) {
            throw error(openAt.peek(), "unclosed '('");
        }
        if (!literal.isEmpty()) {
            current.add(new Node.Literal(literal.toString(), literalAt));
        }
        return new Result(List.copyOf(current), startAnchor, endAnchor, List.copyOf(captures));
    }

    private boolean escaped(int index) {
        int backslashes = 0;
        for (int j = index - 1; j >= 0 && pattern.charAt(j) == '\\'; j--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** Parses the capture starting at {@code open} (a '<') and returns the index after its '>'. */
    private int capture(int open, int end, List<Node> into) {
        int close = -1;
        for (int j = open + 1; j < end; j++) {
            char c = pattern.charAt(j);
            if (c == '\\' && j + 1 < end) {
                j++;
            } else if (c == '>') {
                close = j;
                break;
            }
        }
        if (close < 0) {
            throw error(open, "unclosed '<'");
        }
        int j = open + 1;
        while (j < close && pattern.charAt(j) != '=' && pattern.charAt(j) != ':') {
            char c = pattern.charAt(j);
            boolean first = j == open + 1;
            boolean valid = c == '_' || isAsciiLetter(c) || (!first && c >= '0' && c <= '9');
            if (!valid) {
                throw error(j, "invalid character '" + c + "' in capture name (use letters, digits and '_', not starting with a digit)");
            }
            j++;
        }
        String name = j == open + 1 ? null : pattern.substring(open + 1, j);
        String regex;
        String macro = null;
        if (j == close) {
            if (name == null) {
                throw error(open, "empty capture: write <name>, <name=regex>, <name:macro>, <=regex> or <:macro>");
            }
            regex = ".+";
        } else if (pattern.charAt(j) == '=') {
            regex = embeddedRegex(j + 1, close);
        } else {
            macro = pattern.substring(j + 1, close);
            if (macro.isEmpty()) {
                throw error(j + 1, "missing macro name after ':'");
            }
            String found = macros.regex(macro).orElse(null);
            if (found == null) {
                throw new UnknownMacroException(pattern, j + 1, macro, macros.names());
            }
            regex = found;
        }
        String groupName = null;
        if (name != null) {
            Integer first = namePositions.putIfAbsent(name, open);
            if (first != null) {
                throw error(open, "duplicate capture name '" + name + "' (first used at position " + first + ")");
            }
            groupName = groupName(name);
        }
        Node.Capture capture = new Node.Capture(name, groupName, regex, macro, open);
        if (name != null) {
            captures.add(capture);
        }
        into.add(capture);
        return close + 1;
    }

    private String embeddedRegex(int from, int close) {
        StringBuilder regex = new StringBuilder(close - from);
        int[] source = new int[close - from + 1];
        for (int k = from; k < close; k++) {
            char c = pattern.charAt(k);
            source[regex.length()] = k;
            if (c == '\\' && k + 1 < close && pattern.charAt(k + 1) == '>') {
                regex.append('>');
                k++;
            } else {
                regex.append(c);
            }
        }
        source[regex.length()] = close;
        if (regex.isEmpty()) {
            throw error(from, "missing regex after '='");
        }
        // An unterminated \Q would swallow the rest of the surlex once embedded.
        if (regex.lastIndexOf("\\Q") > regex.lastIndexOf("\\E")) {
            regex.append("\\E");
        }
        String text = regex.toString();
        try {
            Pattern.compile(text);
        } catch (PatternSyntaxException e) {
            int index = e.getIndex() < 0 ? 0 : Math.min(e.getIndex(), source.length - 1);
            throw new SurlexSyntaxException(pattern, source[index], "invalid regex: " + e.getDescription(), e);
        }
        return text;
    }

    /** Maps a user's capture name to a unique Java group name (Java forbids '_' and leading digits). */
    private String groupName(String name) {
        StringBuilder base = new StringBuilder();
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            if (isAsciiLetter(c) || (c >= '0' && c <= '9')) {
                base.append(c);
            }
        }
        if (base.isEmpty() || !isAsciiLetter(base.charAt(0))) {
            base.insert(0, 'g');
        }
        String candidate = base.toString();
        boolean valid = candidate.equals(name);
        for (int n = 2; (!valid && namePositions.containsKey(candidate)) || groupNames.contains(candidate); n++) {
            candidate = base.toString() + n;
        }
        groupNames.add(candidate);
        return candidate;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private SurlexSyntaxException error(int position, String description) {
        return new SurlexSyntaxException(pattern, position, description);
    }
}

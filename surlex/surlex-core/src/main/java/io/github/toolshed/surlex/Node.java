package io.github.toolshed.surlex;

import java.util.List;

/** One element of a parsed surlex: the parser's output and the input of regex writing, reversing and indexing. */
sealed interface Node {

    /** The 0-based position in the pattern where this element starts. */
    int position();

    /** Literal text, matched exactly. */
    record Literal(String text, int position) implements Node {}

    /**
     * A capture {@code <name>}, {@code <name=REGEX>}, {@code <name:MACRO>}, or a non-capturing
     * {@code <=REGEX>} / {@code <:MACRO>} when {@code name} is {@code null}.
     *
     * @param name the user's capture name, or {@code null} for a non-capturing element
     * @param groupName the Java named-group name standing for {@code name} in the regex
     * @param regex the regex matched by this element
     * @param macro the macro name, or {@code null}
     */
    record Capture(String name, String groupName, String regex, String macro, int position) implements Node {
        boolean capturing() {
            return name != null;
        }
    }

    /** An optional section {@code ( ... )}. */
    record Section(List<Node> children, int position) implements Node {}

    /** The wildcard {@code *}. */
    record Wildcard(int position) implements Node {}
}

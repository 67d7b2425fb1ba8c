package io.github.toolshed.surlex;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Builds the text a surlex matches from capture values: the inverse of {@link Surlex#match}. */
final class Reverser {

    private final Surlex surlex;
    private final List<Node> nodes;
    private final Map<String, Pattern> captureRegexes;

    Reverser(Surlex surlex, List<Node> nodes, Map<String, Pattern> captureRegexes) {
        this.surlex = surlex;
        this.nodes = nodes;
        this.captureRegexes = captureRegexes;
    }

    String reverse(Map<String, String> values) {
        for (String key : values.keySet()) {
            if (!captureRegexes.containsKey(key)) {
                throw new NoReverseMatchException(null, key, "unknown parameter '" + key + "' for " + quoted()
                        + " (its captures are " + captureRegexes.keySet() + ")");
            }
        }
        StringBuilder out = new StringBuilder();
        emit(nodes, values, out);
        String url = out.toString();
        // A greedy capture may split the result differently than the values were given.
        Map<String, String> back = surlex.match(url).orElse(null);
        if (back == null || !back.equals(values)) {
            throw new NoReverseMatchException(null, null, "the values " + values + " give '" + url + "', which "
                    + (back == null ? "does not match " + quoted() : "matches " + quoted() + " as " + back));
        }
        return url;
    }

    private void emit(List<Node> children, Map<String, String> values, StringBuilder out) {
        for (Node node : children) {
            switch (node) {
                case Node.Literal literal -> out.append(literal.text());
                case Node.Wildcard _ -> { }
                case Node.Capture capture when capture.capturing() -> {
                    String value = values.get(capture.name());
                    if (value == null) {
                        throw new NoReverseMatchException(null, capture.name(),
                                "missing parameter '" + capture.name() + "' for " + quoted());
                    }
                    if (!captureRegexes.get(capture.name()).matcher(value).matches()) {
                        throw new NoReverseMatchException(null, capture.name(), "parameter '" + capture.name()
                                + "' = '" + value + "' does not match " + describe(capture) + " in " + quoted());
                    }
                    out.append(value);
                }
                case Node.Capture capture -> {
                    if (!Pattern.compile(capture.regex()).matcher("").matches()) {
                        throw new NoReverseMatchException(null, null, "cannot reverse " + quoted()
                                + ": the non-capturing element at position " + capture.position()
                                + " needs text that no parameter supplies; give it a name");
                    }
                }
                case Node.Section section -> {
                    if (anyGiven(section.children(), values)) {
                        emit(section.children(), values, out);
                    }
                }
            }
        }
    }

    private static boolean anyGiven(List<Node> children, Map<String, String> values) {
        for (Node node : children) {
            if (node instanceof Node.Capture c && c.capturing() && values.containsKey(c.name())) {
                return true;
            }
            if (node instanceof Node.Section s && anyGiven(s.children(), values)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Node.Capture capture) {
        return capture.macro() != null
                ? "macro '" + capture.macro() + "' (" + capture.regex() + ")"
                : "regex '" + capture.regex() + "'";
    }

    private String quoted() {
        return "'" + surlex.pattern() + "'";
    }
}

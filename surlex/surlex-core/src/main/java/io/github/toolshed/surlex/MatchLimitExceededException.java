package io.github.toolshed.surlex;

/**
 * A {@link Router} gave up matching a path against a route because the regex engine needed too
 * many steps. Patterns with two or more unbounded elements (plain {@code <name>} captures,
 * wildcards, embedded regexes) can backtrack polynomially on long paths full of {@code /}; the
 * router bounds the work instead of letting one request take seconds. A web integration should
 * answer such a request with 400.
 */
public class MatchLimitExceededException extends SurlexException {

    private final String pattern;

    /**
     * Creates the exception.
     *
     * @param pattern the route's surlex
     * @param pathLength the length of the refused path
     */
    public MatchLimitExceededException(String pattern, int pathLength) {
        super("matching a path of " + pathLength + " characters against '" + pattern
                + "' took too many steps; the path is refused (use macros or <name=[^/]+> for segments)");
        this.pattern = pattern;
    }

    /**
     * Returns the surlex of the route that could not be matched in time.
     *
     * @return the pattern text
     */
    public String pattern() {
        return pattern;
    }
}

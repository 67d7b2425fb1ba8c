package io.github.toolshed.cache;

/**
 * A predicate over request paths that decides which URLs the page cache may serve, and which
 * entries a pattern purge removes.
 *
 * <p>The path is the raw request URI path without the query string and without the servlet
 * context path, e.g. {@code /blog/2010/01/caching/}. Ant-style patterns are built in
 * ({@link #ant(String)}), surlex patterns such as {@code /blog/<year:Y>/<slug:s>/} are available
 * when {@code toolshed-surlex} is on the class path ({@link #surlex(String)}), and
 * {@link #parse(String)} reads either from configuration text ({@code surlex:} prefix for surlex,
 * an optional {@code ant:} prefix for Ant). Any other syntax plugs in by implementing this
 * interface. Implementations must be thread-safe and should be fast: the filter consults the
 * matchers on every request.
 */
public interface UrlMatcher {

    /** The prefix that marks a surlex pattern in configuration text: {@value}. */
    String SURLEX_PREFIX = "surlex:";

    /** The optional prefix that marks an Ant-style pattern in configuration text: {@value}. */
    String ANT_PREFIX = "ant:";

    /**
     * Tells whether a request path is matched.
     *
     * @param path the request path, starting with {@code /}
     * @return true when the path matches
     */
    boolean matches(String path);

    /**
     * Returns the source text of this matcher, such as {@code /blog/**}; used in logs, the
     * Actuator endpoint and by distributed stores that ship purges to other nodes.
     *
     * @return the pattern text
     */
    String pattern();

    /**
     * Compiles an Ant-style pattern: {@code ?} matches one character except {@code /},
     * {@code *} zero or more characters within one path segment, {@code **} as a whole segment
     * zero or more segments. Every other character matches itself (no regular expressions).
     *
     * @param pattern the pattern, starting with {@code /}
     * @return the compiled matcher
     * @throws CacheException if the pattern is blank, does not start with {@code /} or uses
     *     {@code **} inside a segment
     */
    static UrlMatcher ant(String pattern) {
        return AntPattern.compile(pattern);
    }

    /**
     * Compiles a surlex pattern (see the {@code io.github.toolshed.surlex} package): the whole
     * path must match, e.g. {@code /blog/<year:Y>/<month:M>/<slug:s>/} or {@code /docs/*}.
     * Needs {@code io.github.toolshed:toolshed-surlex} on the class path.
     *
     * @param pattern the surlex source, starting with {@code /}
     * @return the compiled matcher; {@link #pattern()} returns it with the {@code surlex:} prefix
     * @throws CacheException if the pattern is blank, does not start with {@code /}, is not valid
     *     surlex, or surlex is not on the class path
     */
    static UrlMatcher surlex(String pattern) {
        try {
            return SurlexPattern.compile(pattern);
        } catch (NoClassDefFoundError e) {
            throw new CacheException("surlex URL pattern " + pattern
                    + " needs io.github.toolshed:toolshed-surlex on the class path", e);
        }
    }

    /**
     * Compiles a pattern written in configuration: {@code surlex:/blog/<year:Y>/<slug:s>/} is a
     * surlex pattern, {@code ant:/blog/**} or plain {@code /blog/**} an Ant-style one.
     *
     * @param text the pattern text
     * @return the compiled matcher
     * @throws CacheException if the pattern is invalid (see {@link #ant} and {@link #surlex})
     */
    static UrlMatcher parse(String text) {
        if (text != null && text.startsWith(SURLEX_PREFIX)) {
            return surlex(text.substring(SURLEX_PREFIX.length()));
        }
        if (text != null && text.startsWith(ANT_PREFIX)) {
            return ant(text.substring(ANT_PREFIX.length()));
        }
        return ant(text);
    }
}

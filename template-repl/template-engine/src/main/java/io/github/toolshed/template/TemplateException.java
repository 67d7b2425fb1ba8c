package io.github.toolshed.template;

import java.util.Optional;

/**
 * The root of every exception the template library throws. Unchecked.
 *
 * <p>An exception may carry a {@link SourceLocation}: where in which template the problem is.
 * Filters and other code that do not know the location throw without one; the engine fills it in
 * with {@link #locate(SourceLocation)} as the exception passes the node that was rendering.
 */
public class TemplateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private SourceLocation location;
    private final java.util.ArrayList<String> chain = new java.util.ArrayList<>();
    private String excerpt;

    /**
     * Creates an exception without a location.
     *
     * @param message what went wrong
     */
    public TemplateException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a cause and without a location.
     *
     * @param message what went wrong
     * @param cause the underlying problem
     */
    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates an exception at a location.
     *
     * @param message what went wrong
     * @param location where (may be null)
     */
    public TemplateException(String message, SourceLocation location) {
        super(message);
        this.location = location;
    }

    /**
     * Returns where the problem is, when known.
     *
     * @return the location
     */
    public Optional<SourceLocation> location() {
        return Optional.ofNullable(location);
    }

    /**
     * Sets the location unless one is already known (the innermost location wins).
     *
     * @param where the location of the node that was being compiled or rendered
     * @return this exception
     */
    public TemplateException locate(SourceLocation where) {
        if (location == null) {
            location = where;
        }
        return this;
    }

    /**
     * In debug mode: the templates the error passed through, outermost first (the page, then the
     * templates it included or extended, down to the one with the error).
     *
     * @return the template chain, empty outside debug mode
     */
    public java.util.List<String> templateChain() {
        return java.util.List.copyOf(chain.reversed());
    }

    /**
     * In debug mode: a few numbered source lines around the error with a caret under it.
     *
     * @return the excerpt, empty outside debug mode or without a location
     */
    public Optional<String> sourceExcerpt() {
        return Optional.ofNullable(excerpt);
    }

    /**
     * Returns the message followed, when known, by the source excerpt (or a caret view of the
     * line) and the template chain.
     *
     * @return a multi-line description
     */
    public String describe() {
        StringBuilder sb = new StringBuilder(String.valueOf(getMessage()));
        if (excerpt != null) {
            sb.append('\n').append(excerpt);
        } else if (location != null) {
            sb.append('\n').append(location.caretView());
        }
        if (chain.size() > 1) {
            sb.append("\nTemplate chain: ").append(String.join(" -> ", templateChain()));
        }
        return sb.toString();
    }

    /** Debug mode: records that the error passed through template {@code name} with this source. */
    void enter(String name, String source) {
        if (chain.isEmpty() || !chain.getLast().equals(name)) {
            chain.add(name);
        }
        if (excerpt == null && location != null && location.templateName().equals(name) && source != null) {
            excerpt = Excerpts.around(source, location, 2);
        }
    }
}

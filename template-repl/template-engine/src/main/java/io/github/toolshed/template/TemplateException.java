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
     * Returns the message followed, when the location is known, by a caret view of the source.
     *
     * @return a multi-line description
     */
    public String describe() {
        return location == null ? getMessage() : getMessage() + "\n" + location.caretView();
    }
}

package io.github.toolshed.surlex.spring;

import io.github.toolshed.surlex.SurlexException;

/**
 * The surlex route table cannot be built: a pattern does not compile, two routes share a name, or
 * two handlers claim the same pattern and HTTP method. Thrown at application start-up; the
 * message names the handler (controller method or functional route), the pattern and, for a
 * syntax error, shows the caret view.
 */
public class InvalidSurlexRouteException extends SurlexException {

    private final String source;

    /**
     * Creates the exception.
     *
     * @param source the handler at fault, e.g. {@code BlogController#detail(int, String)}
     * @param message what is wrong
     * @param cause the underlying surlex error, or {@code null}
     */
    public InvalidSurlexRouteException(String source, String message, Throwable cause) {
        super(message, cause);
        this.source = source;
    }

    /**
     * Returns the handler at fault.
     *
     * @return a description of the controller method or functional route
     */
    public String source() {
        return source;
    }
}

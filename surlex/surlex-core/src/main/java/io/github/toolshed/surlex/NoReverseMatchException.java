package io.github.toolshed.surlex;

/**
 * A URL could not be built: a parameter is missing, unknown or does not match its capture, or the
 * route name is not known. The message names the route (when reversing through a {@link Router})
 * and the parameter.
 */
public class NoReverseMatchException extends SurlexException {

    private final String route;
    private final String parameter;

    /**
     * Creates the exception.
     *
     * @param route the route name, or {@code null} when reversing a bare {@link Surlex}
     * @param parameter the offending parameter name, or {@code null} when no single one is to blame
     * @param message what went wrong
     */
    public NoReverseMatchException(String route, String parameter, String message) {
        super(route == null ? message : "route '" + route + "': " + message);
        this.route = route;
        this.parameter = parameter;
    }

    /**
     * Returns the route name, or {@code null} when a bare {@link Surlex} was reversed.
     *
     * @return the route name or {@code null}
     */
    public String route() {
        return route;
    }

    /**
     * Returns the name of the parameter at fault, or {@code null} when no single one is to blame.
     *
     * @return the parameter name or {@code null}
     */
    public String parameter() {
        return parameter;
    }

    NoReverseMatchException inRoute(String routeName) {
        String bare = getMessage();
        NoReverseMatchException wrapped = new NoReverseMatchException(routeName, parameter, bare);
        wrapped.setStackTrace(getStackTrace());
        return wrapped;
    }
}

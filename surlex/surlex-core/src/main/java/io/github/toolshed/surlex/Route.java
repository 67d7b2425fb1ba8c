package io.github.toolshed.surlex;

import java.util.Objects;

/**
 * One entry of a {@link Router}: a compiled surlex, the value it dispatches to, and an optional
 * name used for reversing.
 *
 * @param name the route name for {@link Router#reverse}, or {@code null} for an unnamed route
 * @param surlex the pattern a path must match as a whole
 * @param value what the router returns for a matching path (a handler, a view, an id...)
 * @param <T> the type of values in the router
 */
public record Route<T>(String name, Surlex surlex, T value) {

    /**
     * Creates a route.
     *
     * @param name the route name, or {@code null}
     * @param surlex the compiled pattern
     * @param value the value, not {@code null}
     */
    public Route {
        Objects.requireNonNull(surlex, "surlex");
        Objects.requireNonNull(value, "value");
        if (name != null && name.isBlank()) {
            throw new SurlexException("route name must not be blank (use null for an unnamed route)");
        }
    }
}

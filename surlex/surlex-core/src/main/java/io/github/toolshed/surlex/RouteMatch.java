package io.github.toolshed.surlex;

import java.util.Map;

/**
 * The result of {@link Router#route(String)}: the first declared route that matches a path, and
 * the captures extracted from the path.
 *
 * @param route the matching route
 * @param captures capture name to value in pattern order (absent optional captures left out)
 * @param <T> the type of values in the router
 */
public record RouteMatch<T>(Route<T> route, Map<String, String> captures) {

    /**
     * Returns the matching route's value.
     *
     * @return {@code route().value()}
     */
    public T value() {
        return route.value();
    }

    /**
     * Returns the matching route's name.
     *
     * @return {@code route().name()}, possibly {@code null}
     */
    public String name() {
        return route.name();
    }
}

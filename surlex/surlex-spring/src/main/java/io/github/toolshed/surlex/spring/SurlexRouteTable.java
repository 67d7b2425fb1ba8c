package io.github.toolshed.surlex.spring;

import io.github.toolshed.surlex.MacroRegistry;
import io.github.toolshed.surlex.NoReverseMatchException;
import io.github.toolshed.surlex.Router;
import io.github.toolshed.surlex.Surlex;
import io.github.toolshed.surlex.SurlexSyntaxException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built route table of a {@link SurlexHandlerMapping}: the dispatch {@link Router} over
 * {@link RouteGroup}s, named routes and controller methods for reversing. Immutable once built.
 */
final class SurlexRouteTable {

    /** A reversible route: its compiled surlex and where it came from. */
    record Reversible(Surlex surlex, Endpoint endpoint) {}

    private final Router<RouteGroup> router;
    private final Map<String, Reversible> byName;
    private final Map<Method, Reversible> byMethod;

    private SurlexRouteTable(Router<RouteGroup> router, Map<String, Reversible> byName, Map<Method, Reversible> byMethod) {
        this.router = router;
        this.byName = Map.copyOf(byName);
        this.byMethod = Map.copyOf(byMethod);
    }

    /**
     * Builds the table. Endpoints are stably sorted by their order; endpoints with the same
     * pattern text share one group, placed where the first of them is.
     */
    static SurlexRouteTable build(List<Endpoint> endpoints, MacroRegistry macros) {
        List<Endpoint> sorted = new ArrayList<>(endpoints);
        sorted.sort(Comparator.comparingInt(Endpoint::order));
        Map<String, RouteGroup> groups = new LinkedHashMap<>();
        Map<String, Reversible> byName = new HashMap<>();
        Map<Method, Reversible> byMethod = new HashMap<>();
        for (Endpoint endpoint : sorted) {
            RouteGroup group = groups.get(endpoint.pattern());
            if (group == null) {
                group = new RouteGroup(compile(endpoint, macros));
                groups.put(endpoint.pattern(), group);
            }
            group.add(endpoint);
            Reversible reversible = new Reversible(group.surlex(), endpoint);
            if (endpoint.name() != null) {
                Reversible previous = byName.putIfAbsent(endpoint.name(), reversible);
                if (previous != null) {
                    throw new InvalidSurlexRouteException(endpoint.source(), "surlex route name '" + endpoint.name()
                            + "' is used twice: by " + previous.endpoint().source() + " ('" + previous.surlex().pattern()
                            + "') and by " + endpoint.source() + " ('" + endpoint.pattern() + "')", null);
                }
            }
            if (endpoint.javaMethod() != null) {
                byMethod.put(endpoint.javaMethod(), reversible);
            }
        }
        Router.Builder<RouteGroup> router = Router.builder(macros);
        groups.values().forEach(g -> router.route(null, g.surlex(), g));
        return new SurlexRouteTable(router.build(), byName, byMethod);
    }

    private static Surlex compile(Endpoint endpoint, MacroRegistry macros) {
        try {
            return Surlex.compile(endpoint.pattern(), macros);
        } catch (SurlexSyntaxException e) {
            throw new InvalidSurlexRouteException(endpoint.source(),
                    "invalid surlex on " + endpoint.source() + ": " + e.getMessage(), e);
        }
    }

    Router<RouteGroup> router() {
        return router;
    }

    Map<String, Reversible> byName() {
        return byName;
    }

    Map<Method, Reversible> byMethod() {
        return byMethod;
    }

    Reversible named(String name) {
        Reversible r = byName.get(name);
        if (r == null) {
            throw new NoReverseMatchException(name, null, "no surlex route has this name (known: "
                    + new java.util.TreeSet<>(byName.keySet()) + ")");
        }
        return r;
    }
}

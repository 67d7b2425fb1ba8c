package io.github.toolshed.surlex.spring;

import io.github.toolshed.surlex.Surlex;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * The handlers of one surlex pattern, by HTTP method: what the core {@code Router} dispatches to.
 * Endpoints with the same pattern text are merged into one group, so a GET and a POST handler of
 * {@code /posts/} live side by side.
 */
final class RouteGroup {

    private final Surlex surlex;
    private final Map<HttpMethod, Endpoint> byMethod = new LinkedHashMap<>();
    private Endpoint anyMethod;

    RouteGroup(Surlex surlex) {
        this.surlex = surlex;
    }

    Surlex surlex() {
        return surlex;
    }

    void add(Endpoint endpoint) {
        if (endpoint.methods().isEmpty()) {
            if (anyMethod != null) {
                throw conflict(anyMethod, endpoint, "every method");
            }
            anyMethod = endpoint;
            return;
        }
        for (HttpMethod method : endpoint.methods()) {
            Endpoint previous = byMethod.putIfAbsent(method, endpoint);
            if (previous != null) {
                throw conflict(previous, endpoint, method.name());
            }
        }
    }

    private InvalidSurlexRouteException conflict(Endpoint first, Endpoint second, String method) {
        return new InvalidSurlexRouteException(second.source(), "ambiguous surlex mapping: '" + surlex.pattern()
                + "' for " + method + " is mapped by " + first.source() + " and by " + second.source(), null);
    }

    /** The endpoint for a request method: exact, then GET for HEAD, then the any-method one. */
    Endpoint select(HttpMethod method) {
        Endpoint exact = byMethod.get(method);
        if (exact != null) {
            return exact;
        }
        if (HttpMethod.HEAD.equals(method) && byMethod.containsKey(HttpMethod.GET)) {
            return byMethod.get(HttpMethod.GET);
        }
        return anyMethod;
    }

    /** The declared methods: what Spring lists in the Allow header of a 405. */
    Set<HttpMethod> declared() {
        return new LinkedHashSet<>(byMethod.keySet());
    }

    /** The methods answered, as Spring lists them for OPTIONS (HEAD with GET, OPTIONS). */
    Set<HttpMethod> allowed() {
        Set<HttpMethod> allowed = new LinkedHashSet<>(byMethod.keySet());
        if (allowed.contains(HttpMethod.GET)) {
            allowed.add(HttpMethod.HEAD);
        }
        allowed.add(HttpMethod.OPTIONS);
        return allowed;
    }
}

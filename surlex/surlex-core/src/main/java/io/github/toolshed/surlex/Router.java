package io.github.toolshed.surlex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An ordered, immutable table of surlex routes that dispatches a path to the first declared route
 * matching it as a whole, and builds paths back from route names.
 *
 * <pre>{@code
 * Router<String> router = Router.<String>builder()
 *         .route("blog_index", "/blog/", "index")
 *         .route("blog_post_detail", "/blog/<year:Y>/<month:M>/<day:d>/<slug:s>/", "detail")
 *         .build();
 * router.route("/blog/2009/sep/06/surlex-released/");   // detail, {year=2009, month=sep, ...}
 * router.reverse("blog_index", Map.of());              // "/blog/"
 * }</pre>
 *
 * <p>The result is always the one an in-order scan would give ("first declared wins"), but the
 * router does not try every regex in turn: routes are indexed by their leading literal text, so
 * only routes whose literal prefix and suffix fit the path have their regex tried. Dispatch cost
 * therefore depends on how many routes share a path's prefix, not on the table's size.
 *
 * <p>A router is immutable and safe to share between threads.
 *
 * @param <T> the type of the values routes dispatch to
 */
public final class Router<T> {

    private final List<Route<T>> routes;
    private final Map<String, Route<T>> byName;
    private final RouteIndex index;

    private Router(List<Route<T>> routes) {
        this.routes = List.copyOf(routes);
        Map<String, Route<T>> names = new HashMap<>();
        List<Surlex> surlexes = new ArrayList<>(routes.size());
        for (int i = 0; i < routes.size(); i++) {
            Route<T> route = routes.get(i);
            surlexes.add(route.surlex());
            if (route.name() != null) {
                Route<T> previous = names.putIfAbsent(route.name(), route);
                if (previous != null) {
                    throw new SurlexException("route name '" + route.name() + "' is used twice: by '"
                            + previous.surlex().pattern() + "' and by '" + route.surlex().pattern() + "'");
                }
            }
        }
        this.byName = Map.copyOf(names);
        this.index = new RouteIndex(surlexes);
    }

    /**
     * Starts a router using the process-wide macros ({@link MacroRegistry#global()}).
     *
     * @param <T> the type of route values
     * @return a new builder
     */
    public static <T> Builder<T> builder() {
        return new Builder<>(MacroRegistry.global());
    }

    /**
     * Starts a router whose string patterns compile with the given macros.
     *
     * @param macros the macros patterns may use
     * @param <T> the type of route values
     * @return a new builder
     */
    public static <T> Builder<T> builder(MacroRegistry macros) {
        return new Builder<>(Objects.requireNonNull(macros, "macros"));
    }

    /**
     * Creates a router from routes in declaration order.
     *
     * @param routes the routes; the first one matching a path wins
     * @param <T> the type of route values
     * @return the router
     * @throws SurlexException if two routes have the same name
     */
    public static <T> Router<T> of(List<Route<T>> routes) {
        return new Router<>(routes);
    }

    /**
     * Finds the first declared route that matches the whole path.
     *
     * @param path the path to dispatch, e.g. {@code /blog/2009/}
     * @return the route and its captures, or empty if no route matches
     * @throws MatchLimitExceededException if a candidate route with several unbounded elements
     *     (plain captures, wildcards, embedded regexes) needed too many regex steps for this path
     */
    public Optional<RouteMatch<T>> route(String path) {
        RouteIndex.Hit hit = index.find(Objects.requireNonNull(path, "path"));
        if (hit == null) {
            return Optional.empty();
        }
        Route<T> route = routes.get(hit.index());
        Map<String, String> captures = hit.matcher() == null ? Map.of() : route.surlex().captures(hit.matcher());
        return Optional.of(new RouteMatch<>(route, captures));
    }

    /**
     * Builds the path of a named route from its capture values.
     *
     * @param name the route name
     * @param values capture name to value (see {@link Surlex#reverse(Map)})
     * @return the path
     * @throws NoReverseMatchException if no route has this name, or a value is missing or invalid;
     *     the message names the route and the parameter
     */
    public String reverse(String name, Map<String, ?> values) {
        Route<T> route = byName.get(name);
        if (route == null) {
            java.util.List<String> known = new java.util.TreeSet<>(byName.keySet()).stream().limit(20).toList();
            String more = byName.size() > known.size() ? " and " + (byName.size() - known.size()) + " more" : "";
            throw new NoReverseMatchException(name, null, "no route has this name (known: " + known + more + ")");
        }
        try {
            return route.surlex().reverse(values);
        } catch (NoReverseMatchException e) {
            throw e.inRoute(name);
        }
    }

    /**
     * Returns the route with the given name.
     *
     * @param name the route name
     * @return the route, or empty if none has this name
     */
    public Optional<Route<T>> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * Returns all routes in declaration order.
     *
     * @return an immutable list
     */
    public List<Route<T>> routes() {
        return routes;
    }

    /**
     * Collects routes in declaration order; {@link #build()} makes the immutable router.
     *
     * @param <T> the type of route values
     */
    public static final class Builder<T> {

        private final MacroRegistry macros;
        private final List<Route<T>> routes = new ArrayList<>();

        private Builder(MacroRegistry macros) {
            this.macros = macros;
        }

        /**
         * Adds a named route.
         *
         * @param name the route name for reversing, or {@code null}
         * @param pattern the surlex
         * @param value the value to dispatch to
         * @return this builder
         * @throws SurlexSyntaxException if the pattern does not compile
         */
        public Builder<T> route(String name, String pattern, T value) {
            return route(name, Surlex.compile(pattern, macros), value);
        }

        /**
         * Adds an unnamed route.
         *
         * @param pattern the surlex
         * @param value the value to dispatch to
         * @return this builder
         * @throws SurlexSyntaxException if the pattern does not compile
         */
        public Builder<T> route(String pattern, T value) {
            return route(null, pattern, value);
        }

        /**
         * Adds a route with an already compiled surlex.
         *
         * @param name the route name for reversing, or {@code null}
         * @param surlex the compiled pattern
         * @param value the value to dispatch to
         * @return this builder
         */
        public Builder<T> route(String name, Surlex surlex, T value) {
            routes.add(new Route<>(name, surlex, value));
            return this;
        }

        /**
         * Adds routes under a common literal prefix, like Django's {@code include()}: each
         * pattern of the group is prefixed with {@code prefix} (which is surlex too).
         *
         * @param prefix the surlex prepended to every pattern of the group
         * @param group adds the routes, calling {@link #route} on the builder it is given
         * @return this builder
         */
        public Builder<T> include(String prefix, Consumer<Builder<T>> group) {
            Builder<T> inner = new Builder<>(macros);
            group.accept(inner);
            for (Route<T> r : inner.routes) {
                route(r.name(), Surlex.compile(prefix + r.surlex().pattern(), macros), r.value());
            }
            return this;
        }

        /**
         * Makes the router.
         *
         * @return an immutable router over the routes added so far
         * @throws SurlexException if two routes have the same name
         */
        public Router<T> build() {
            return new Router<>(routes);
        }
    }
}

package io.github.toolshed.surlex.spring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Named surlex routes declared in code, the functional counterpart of {@link SurlexMapping}.
 * Declare one or more as beans; the {@link SurlexHandlerMapping} serves them.
 *
 * <pre>{@code
 * @Bean
 * SurlexRoutes blogRoutes(BlogService blog) {
 *     return SurlexRoutes.builder()
 *             .get("blog_index", "/blog/", request -> ServerResponse.ok().body(blog.latest()))
 *             .view("blog_post_detail", "/blog/<year:Y>/<month:M>/<day:d>/<slug:s>/", () -> new PostView(blog))
 *             .build();
 * }
 * }</pre>
 *
 * <p>Handlers are Spring's {@link HandlerFunction}s: captures are {@code request.pathVariable("slug")}.
 * A {@code view} route builds a new handler for every request (from a factory, or from a class
 * through the bean factory, so constructor injection works): fields of a view then hold one
 * request's state only, and are safe. A handler given to {@code route}/{@code get}/... is shared by
 * all requests and must not keep request state in fields.
 */
public final class SurlexRoutes {

    /** How a route produces the handler for a request. */
    sealed interface Target {
        /** One handler shared by every request. */
        record Shared(HandlerFunction<?> handler) implements Target {}

        /** A new handler per request from a factory. */
        record Factory(Supplier<? extends HandlerFunction<?>> factory) implements Target {}

        /** A new handler per request, created and autowired by the bean factory. */
        record ViewClass(Class<? extends HandlerFunction<?>> type) implements Target {}

        /** A controller method run by Spring's {@code RequestMappingHandlerAdapter}. */
        record ControllerMethod(Object bean, java.lang.reflect.Method method) implements Target {}
    }

    /** One route as declared. */
    record Definition(String name, String pattern, Set<HttpMethod> methods, Target target) {}

    private final List<Definition> definitions;

    private SurlexRoutes(List<Definition> definitions) {
        this.definitions = List.copyOf(definitions);
    }

    /**
     * Starts a route list.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    List<Definition> definitions() {
        return definitions;
    }

    /**
     * Returns how many routes were declared.
     *
     * @return the number of routes
     */
    public int size() {
        return definitions.size();
    }

    /** Collects routes in declaration order (first matching route wins). */
    public static final class Builder {

        private final List<Definition> definitions = new ArrayList<>();
        private String prefix = "";

        private Builder() {}

        /**
         * Adds a route for the given HTTP methods with one shared handler.
         *
         * @param name the route name for reversing, or {@code null}
         * @param pattern the surlex
         * @param methods accepted methods; none means all
         * @param handler the handler, shared by all requests (keep no request state in its fields)
         * @return this builder
         */
        public Builder route(String name, String pattern, Set<HttpMethod> methods, HandlerFunction<?> handler) {
            return add(name, pattern, methods, new Target.Shared(Objects.requireNonNull(handler, "handler")));
        }

        /**
         * Adds a route for every HTTP method with one shared handler.
         *
         * @param name the route name, or {@code null}
         * @param pattern the surlex
         * @param handler the shared handler
         * @return this builder
         */
        public Builder route(String name, String pattern, HandlerFunction<?> handler) {
            return route(name, pattern, Set.of(), handler);
        }

        /**
         * Adds a GET (and HEAD) route.
         *
         * @param name the route name, or {@code null}
         * @param pattern the surlex
         * @param handler the shared handler
         * @return this builder
         */
        public Builder get(String name, String pattern, HandlerFunction<?> handler) {
            return route(name, pattern, Set.of(HttpMethod.GET), handler);
        }

        /**
         * Adds a POST route.
         *
         * @param name the route name, or {@code null}
         * @param pattern the surlex
         * @param handler the shared handler
         * @return this builder
         */
        public Builder post(String name, String pattern, HandlerFunction<?> handler) {
            return route(name, pattern, Set.of(HttpMethod.POST), handler);
        }

        /**
         * Adds a route whose handler is a new object for every request, made by {@code factory}
         * (e.g. {@code PostView::new}).
         *
         * @param name the route name, or {@code null}
         * @param pattern the surlex
         * @param methods accepted methods; none means all
         * @param factory makes one view per request
         * @return this builder
         */
        public Builder view(String name, String pattern, Set<HttpMethod> methods,
                Supplier<? extends HandlerFunction<?>> factory) {
            return add(name, pattern, methods, new Target.Factory(Objects.requireNonNull(factory, "factory")));
        }

        /**
         * Adds a GET route whose handler is a new object for every request.
         *
         * @param name the route name, or {@code null}
         * @param pattern the surlex
         * @param factory makes one view per request
         * @return this builder
         */
        public Builder view(String name, String pattern, Supplier<? extends HandlerFunction<?>> factory) {
            return view(name, pattern, Set.of(HttpMethod.GET), factory);
        }

        /**
         * Adds a GET route whose handler is a new instance of {@code viewClass} for every request,
         * created by the application's bean factory (constructor injection and
         * {@code @Autowired} work; the instance is not a registered bean).
         *
         * @param name the route name, or {@code null}
         * @param pattern the surlex
         * @param viewClass the view type
         * @return this builder
         */
        public Builder view(String name, String pattern, Class<? extends HandlerFunction<?>> viewClass) {
            return add(name, pattern, Set.of(HttpMethod.GET), new Target.ViewClass(Objects.requireNonNull(viewClass)));
        }

        /**
         * Adds a route to a controller method, run like a {@link SurlexMapping} method
         * ({@code @PathVariable} binding, return value handling, exception handlers): the
         * programmatic counterpart of the annotation.
         *
         * @param name the route name, or {@code null}
         * @param pattern the surlex
         * @param methods accepted methods; none means all
         * @param bean the controller instance
         * @param method a public method of the controller
         * @return this builder
         */
        public Builder handlerMethod(String name, String pattern, Set<HttpMethod> methods, Object bean,
                java.lang.reflect.Method method) {
            Objects.requireNonNull(bean, "bean");
            Objects.requireNonNull(method, "method");
            if (!method.getDeclaringClass().isInstance(bean)) {
                throw new IllegalArgumentException(method + " is not a method of " + bean.getClass().getName());
            }
            return add(name, pattern, methods, new Target.ControllerMethod(bean, method));
        }

        /**
         * Declares the routes added by {@code group} under a surlex prefix, like Django's
         * {@code include()}.
         *
         * @param prefix prepended to the pattern of every route of the group
         * @param group adds routes to the builder it is given
         * @return this builder
         */
        public Builder include(String prefix, java.util.function.Consumer<Builder> group) {
            String saved = this.prefix;
            this.prefix = saved + prefix;
            try {
                group.accept(this);
            } finally {
                this.prefix = saved;
            }
            return this;
        }

        private Builder add(String name, String pattern, Set<HttpMethod> methods, Target target) {
            Objects.requireNonNull(pattern, "pattern");
            Set<HttpMethod> copy = new LinkedHashSet<>(methods);
            definitions.add(new Definition(name == null || name.isEmpty() ? null : name, prefix + pattern,
                    Set.copyOf(copy), target));
            return this;
        }

        /**
         * Makes the immutable route list.
         *
         * @return the routes
         */
        public SurlexRoutes build() {
            return new SurlexRoutes(definitions);
        }
    }
}

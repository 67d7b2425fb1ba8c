package io.github.toolshed.surlex.spring;

import io.github.toolshed.surlex.NoReverseMatchException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.util.ClassUtils;
import org.springframework.web.util.UriUtils;

/**
 * Builds URLs of surlex routes, by route name or by controller method, like Django's
 * {@code reverse()}. The template engine's {@code {% url %}} tag uses it.
 *
 * <pre>{@code
 * reverser.reverse("blog_post_detail", Map.of("year", 2009, "month", "sep", "day", 6, "slug", "hi"));
 * // "/blog/2009/sep/6/hi/"
 * reverser.reverse(BlogController.class, "detail", Map.of(...));
 * reverser.reverse(HandlerRef.to(BlogController::detail), Map.of(...));
 * }</pre>
 *
 * <p>Values are checked against their capture (see {@code Surlex.reverse}); the result is the
 * path within the application, percent-encoded where a path needs it (prefix the context path
 * when writing absolute links). Errors are {@link NoReverseMatchException}s naming the route and
 * the missing or invalid parameter. Thread-safe.
 */
public class UrlReverser {

    private final SurlexHandlerMapping mapping;

    /**
     * Creates a reverser over the routes of a handler mapping.
     *
     * @param mapping the mapping whose routes are reversed
     */
    public UrlReverser(SurlexHandlerMapping mapping) {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
    }

    /**
     * Builds the path of a named route.
     *
     * @param routeName the route name
     * @param params capture name to value ({@code toString()} is used)
     * @return the encoded path within the application
     * @throws NoReverseMatchException if the route is unknown or a parameter missing or invalid
     */
    public String reverse(String routeName, Map<String, ?> params) {
        SurlexRouteTable.Reversible route = mapping.table().named(routeName);
        try {
            return encode(route.surlex().reverse(params));
        } catch (NoReverseMatchException e) {
            throw new NoReverseMatchException(routeName, e.parameter(), e.getMessage());
        }
    }

    /**
     * Builds the path of a named route without captures.
     *
     * @param routeName the route name
     * @return the encoded path
     * @throws NoReverseMatchException if the route is unknown or needs parameters
     */
    public String reverse(String routeName) {
        return reverse(routeName, Map.of());
    }

    /**
     * Builds the path of the route of a {@link SurlexMapping} controller method.
     *
     * @param controller the controller class (a proxy class is fine)
     * @param methodName the method name; it must not be overloaded among mapped methods
     * @param params capture name to value
     * @return the encoded path
     * @throws NoReverseMatchException if no mapped method has that name or a parameter is wrong
     */
    public String reverse(Class<?> controller, String methodName, Map<String, ?> params) {
        Class<?> type = ClassUtils.getUserClass(controller);
        List<Method> candidates = mapping.table().byMethod().keySet().stream()
                .filter(m -> m.getName().equals(methodName) && m.getDeclaringClass().isAssignableFrom(type))
                .toList();
        if (candidates.size() != 1) {
            throw new NoReverseMatchException(type.getName() + "#" + methodName, null, candidates.isEmpty()
                    ? "no @SurlexMapping method of this name"
                    : "ambiguous: " + candidates.size() + " @SurlexMapping methods have this name; pass the Method");
        }
        return reverse(candidates.getFirst(), params);
    }

    /**
     * Builds the path of the route of a {@link SurlexMapping} controller method.
     *
     * @param handlerMethod the annotated method
     * @param params capture name to value
     * @return the encoded path
     * @throws NoReverseMatchException if the method is not mapped or a parameter is wrong
     */
    public String reverse(Method handlerMethod, Map<String, ?> params) {
        SurlexRouteTable.Reversible route = mapping.table().byMethod().get(handlerMethod);
        String label = route != null && route.endpoint().name() != null
                ? route.endpoint().name()
                : AnnotatedRoutes.describe(handlerMethod.getDeclaringClass(), handlerMethod);
        if (route == null) {
            throw new NoReverseMatchException(label, null, "this method has no @SurlexMapping");
        }
        try {
            return encode(route.surlex().reverse(params));
        } catch (NoReverseMatchException e) {
            throw new NoReverseMatchException(label, e.parameter(), e.getMessage());
        }
    }

    /**
     * Builds the path of the route of a controller method given as a method reference:
     * {@code reverser.reverse(HandlerRef.to(BlogController::detail), Map.of(...))}.
     *
     * @param handler the resolved method reference
     * @param params capture name to value
     * @return the encoded path
     * @throws NoReverseMatchException if the method is not mapped or a parameter is wrong
     */
    public String reverse(HandlerRef handler, Map<String, ?> params) {
        HandlerRef.Resolved ref = (HandlerRef.Resolved) handler;
        Method method = mapping.table().byMethod().keySet().stream().filter(ref::matches).findFirst()
                .orElseThrow(() -> new NoReverseMatchException(ref.className() + "#" + ref.methodName(), null,
                        "this method has no @SurlexMapping"));
        return reverse(method, params);
    }

    /**
     * Returns the names of all named routes.
     *
     * @return the names, sorted
     */
    public Set<String> routeNames() {
        return new TreeSet<>(mapping.table().byName().keySet());
    }

    /**
     * Returns the surlex pattern of a named route.
     *
     * @param routeName the route name
     * @return the pattern text
     * @throws NoReverseMatchException if the route is unknown
     */
    public String pattern(String routeName) {
        return mapping.table().named(routeName).surlex().pattern();
    }

    private static String encode(String path) {
        return UriUtils.encodePath(path, StandardCharsets.UTF_8);
    }
}

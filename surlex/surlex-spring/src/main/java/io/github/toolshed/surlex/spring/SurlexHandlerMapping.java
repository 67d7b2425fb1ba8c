package io.github.toolshed.surlex.spring;

import io.github.toolshed.surlex.MacroRegistry;
import io.github.toolshed.surlex.MatchLimitExceededException;
import io.github.toolshed.surlex.RouteMatch;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;
import org.springframework.web.util.UrlPathHelper;

/**
 * A Spring MVC {@link HandlerMapping} that dispatches requests through surlex-core's
 * {@code Router}: {@link SurlexMapping} controller methods and {@link SurlexRoutes} beans.
 *
 * <p>The request path within the application, URL-decoded, must match a route's surlex as a
 * whole; the first matching route wins (see {@link SurlexMapping#order()}). Captures become the
 * URI template variables of the request, so {@code @PathVariable} works, and the surlex becomes
 * the best-matching pattern (used by metrics as the {@code uri}). A path that matches a route
 * without a handler for the request method gives 405 with an {@code Allow} header, as Spring's
 * own mappings do; a path that matches no route falls through to the next handler mapping. A
 * path on which a route's regex would backtrack excessively gives 400.
 *
 * <p>The route table is built once all singletons exist; an invalid route fails start-up with an
 * {@link InvalidSurlexRouteException}.
 */
public class SurlexHandlerMapping extends AbstractHandlerMapping implements SmartInitializingSingleton {

    /** Request attribute holding the matched route's name (absent for unnamed routes). */
    public static final String ROUTE_NAME_ATTRIBUTE = SurlexHandlerMapping.class.getName() + ".routeName";

    private final MacroRegistry macros;
    private final Supplier<List<HttpMessageConverter<?>>> messageConverters;
    private final UrlPathHelper pathHelper = new UrlPathHelper();
    private volatile SurlexRouteTable table;

    /**
     * Creates the mapping; routes are collected from the application context later.
     *
     * @param macros the macros route patterns may use
     * @param messageConverters the converters functional handlers read and write bodies with
     */
    public SurlexHandlerMapping(MacroRegistry macros, Supplier<List<HttpMessageConverter<?>>> messageConverters) {
        this.macros = Objects.requireNonNull(macros, "macros");
        this.messageConverters = Objects.requireNonNull(messageConverters, "messageConverters");
    }

    /** Collects the routes of every {@link SurlexRoutes} bean and {@link SurlexMapping} method and builds the table. */
    @Override
    public void afterSingletonsInstantiated() {
        var context = obtainApplicationContext();
        var beanFactory = context.getAutowireCapableBeanFactory();
        List<Endpoint> endpoints = new ArrayList<>();
        context.getBeanProvider(SurlexRoutes.class).orderedStream()
                .forEach(routes -> endpoints.addAll(FunctionalRoutes.endpoints(routes, beanFactory)));
        endpoints.addAll(AnnotatedRoutes.scan(context));
        table = SurlexRouteTable.build(endpoints, macros);
    }

    SurlexRouteTable table() {
        SurlexRouteTable current = table;
        if (current == null) {
            throw new IllegalStateException("the surlex route table is not built yet (it is built once all singletons exist)");
        }
        return current;
    }

    @Override
    protected Object getHandlerInternal(HttpServletRequest request) throws Exception {
        SurlexRouteTable current = table;
        if (current == null) {
            return null;
        }
        String path = pathHelper.getLookupPathForRequest(request);
        RouteMatch<RouteGroup> match;
        try {
            match = current.router().route(path).orElse(null);
        } catch (MatchLimitExceededException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "path too complex to route", e);
        }
        if (match == null) {
            return null;
        }
        RouteGroup group = match.value();
        HttpMethod method = HttpMethod.valueOf(request.getMethod());
        Endpoint endpoint = group.select(method);
        if (endpoint == null) {
            if (HttpMethod.OPTIONS.equals(method)) {
                return new OptionsHandler(group.allowed());
            }
            throw new HttpRequestMethodNotSupportedException(request.getMethod(),
                    group.declared().stream().map(HttpMethod::name).collect(Collectors.toList()));
        }
        expose(request, path, group, endpoint, match.captures());
        if (endpoint.handler() instanceof HandlerMethod handlerMethod) {
            return handlerMethod.createWithResolvedBean();
        }
        request.setAttribute(RouterFunctions.REQUEST_ATTRIBUTE, ServerRequest.create(request, messageConverters.get()));
        return endpoint.handler();
    }

    private static void expose(HttpServletRequest request, String path, RouteGroup group, Endpoint endpoint,
            Map<String, String> captures) {
        String pattern = group.surlex().pattern();
        request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, captures);
        request.setAttribute(RouterFunctions.URI_TEMPLATE_VARIABLES_ATTRIBUTE, captures);
        request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, pattern);
        request.setAttribute(HandlerMapping.PATH_WITHIN_HANDLER_MAPPING_ATTRIBUTE, path);
        if (endpoint.name() != null) {
            request.setAttribute(ROUTE_NAME_ATTRIBUTE, endpoint.name());
        }
        ServerHttpObservationFilter.findObservationContext(request).ifPresent(c -> c.setPathPattern(pattern));
    }
}

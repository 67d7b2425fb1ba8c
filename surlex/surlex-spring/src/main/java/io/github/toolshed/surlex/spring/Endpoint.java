package io.github.toolshed.surlex.spring;

import java.lang.reflect.Method;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * One declared surlex route before the table is built: from a {@link SurlexMapping} method or a
 * {@link SurlexRoutes} entry.
 *
 * @param pattern the full surlex (class prefix included)
 * @param name the route name or {@code null}
 * @param methods accepted HTTP methods, empty for all
 * @param order the declared order
 * @param handler a {@code HandlerMethod} or a {@code HandlerFunction}
 * @param javaMethod the controller method, or {@code null} for functional routes
 * @param source a description for error messages
 */
record Endpoint(String pattern, String name, Set<HttpMethod> methods, int order, Object handler, Method javaMethod,
        String source) {}

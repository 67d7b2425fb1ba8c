package io.github.toolshed.template.spring;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What templates see of the current request as {@code request}, in Django's spelling:
 * {@code {{ request.path }}}, {@code {{ request.GET.q }}} (first value of a query parameter),
 * {@code {{ request.GET_lists.tag }}} (all values), {@code request.method},
 * {@code request.query_string}.
 *
 * @param path the path within the application
 * @param full_path the path with the context path and query string
 * @param method the HTTP method
 * @param query_string the raw query string, empty when none
 * @param GET the first value of each request parameter
 * @param GET_lists every value of each request parameter
 */
@SuppressWarnings("checkstyle:ParameterName")
public record RequestValues(
        String path,
        String full_path,
        String method,
        String query_string,
        Map<String, String> GET,
        Map<String, List<String>> GET_lists) {

    /**
     * Reads the values of a servlet request.
     *
     * @param request the request
     * @return its values
     */
    public static RequestValues of(HttpServletRequest request) {
        Map<String, String> first = new LinkedHashMap<>();
        Map<String, List<String>> all = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, vals) -> {
            if (vals.length > 0) {
                first.put(name, vals[0]);
            }
            all.put(name, List.copyOf(Arrays.asList(vals)));
        });
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        String path = context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
        String query = request.getQueryString() == null ? "" : request.getQueryString();
        return new RequestValues(path, query.isEmpty() ? uri : uri + "?" + query, request.getMethod(), query,
                Map.copyOf(first), Map.copyOf(all));
    }
}

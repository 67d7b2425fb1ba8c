package io.github.toolshed.surlex.spring;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpMethod;
import org.springframework.web.HttpRequestHandler;

/** Answers OPTIONS for a surlex route without an explicit OPTIONS handler: 200 with an Allow header. */
record OptionsHandler(Set<HttpMethod> allowed) implements HttpRequestHandler {

    @Override
    public void handleRequest(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Allow", allowed.stream().map(HttpMethod::name).collect(Collectors.joining(",")));
        response.setStatus(HttpServletResponse.SC_OK);
    }
}

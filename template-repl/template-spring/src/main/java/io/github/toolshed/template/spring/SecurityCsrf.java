package io.github.toolshed.template.spring;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;

/** Reads Spring Security's CSRF token; loaded only when Spring Security is on the classpath. */
final class SecurityCsrf {

    private SecurityCsrf() {}

    /** The request's CSRF token value, or null when the request has none. */
    static String token(HttpServletRequest request) {
        Object attribute = request.getAttribute(CsrfToken.class.getName());
        if (!(attribute instanceof CsrfToken)) {
            attribute = request.getAttribute("_csrf");
        }
        return attribute instanceof CsrfToken token ? token.getToken() : null;
    }
}

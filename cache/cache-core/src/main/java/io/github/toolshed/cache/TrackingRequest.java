package io.github.toolshed.cache;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;
import java.util.Set;

/**
 * Watches a render for signs that the page is personal: an HTTP session created or used, or a
 * CSRF token read from the request attributes (Spring Security exposes it as {@code _csrf}).
 */
final class TrackingRequest extends HttpServletRequestWrapper {

    private final Set<String> csrfAttributes;
    private volatile boolean sessionUsed;
    private volatile boolean csrfUsed;

    TrackingRequest(HttpServletRequest request, Set<String> csrfAttributes) {
        super(request);
        this.csrfAttributes = csrfAttributes;
    }

    @Override
    public HttpSession getSession() {
        return noteSession(super.getSession());
    }

    @Override
    public HttpSession getSession(boolean create) {
        return noteSession(super.getSession(create));
    }

    @Override
    public String changeSessionId() {
        sessionUsed = true;
        return super.changeSessionId();
    }

    private HttpSession noteSession(HttpSession session) {
        if (session != null) {
            sessionUsed = true;
        }
        return session;
    }

    @Override
    public Object getAttribute(String name) {
        Object value = super.getAttribute(name);
        if (value != null && csrfAttributes.contains(name)) {
            csrfUsed = true;
        }
        return value;
    }

    boolean sessionUsed() {
        return sessionUsed;
    }

    boolean csrfUsed() {
        return csrfUsed;
    }
}

package io.github.toolshed.cache;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * Watches a render for signs that the page is personal: an HTTP session created or used, or a
 * CSRF token read from the request attributes (Spring Security exposes it as {@code _csrf}).
 */
final class TrackingRequest extends HttpServletRequestWrapper {

    private final Set<String> csrfAttributes;
    private CapturingResponse response;
    private volatile boolean sessionUsed;
    private volatile boolean csrfUsed;

    TrackingRequest(HttpServletRequest request, Set<String> csrfAttributes) {
        super(request);
        this.csrfAttributes = csrfAttributes;
    }

    /** Connects the capturing response, which must stop capturing when the request goes async. */
    void capturing(CapturingResponse capturingResponse) {
        this.response = capturingResponse;
    }

    /**
     * Stops capturing (what was buffered goes out first), then starts async processing with these
     * wrappers, so that every later write reaches the client through one channel.
     */
    @Override
    public AsyncContext startAsync() {
        return startAsync(this, response);
    }

    @Override
    public AsyncContext startAsync(ServletRequest servletRequest, ServletResponse servletResponse) {
        try {
            response.streamFrom(CacheReason.ASYNC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return super.startAsync(servletRequest, servletResponse);
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

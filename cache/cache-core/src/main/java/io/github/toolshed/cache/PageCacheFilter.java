package io.github.toolshed.cache;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * The page-cache servlet filter: both halves of Django's two-part cache middleware in one
 * {@link Filter}. On the way in it answers from the store (fresh hit, stale hit, 304); on the way
 * out it stores the rendered response if, and only if, nothing about it is personal.
 *
 * <p>Every handled request gets an {@code X-Cache} header: {@code HIT} (with {@code Age}),
 * {@code STALE}, {@code MISS}, or {@code MISS; reason=…}/{@code BYPASS; reason=…} naming the
 * {@link CacheReason}. URLs that no pattern opts in pass through untouched. Obtain the filter
 * from {@link PageCache#filter()}; register it for the REQUEST dispatcher type, after any
 * security filter.
 */
public final class PageCacheFilter implements Filter {

    /** The response header that reports what the cache did. */
    public static final String X_CACHE = "X-Cache";

    private final PageCache cache;
    private final Settings settings;
    private final GuardedStore store;
    private final RequestKeys keys;
    private final StorePolicy policy;
    private final PageWriter writer;
    private final PageRecorder recorder;
    private final InFlight inFlight = new InFlight();

    PageCacheFilter(PageCache cache) {
        this.cache = cache;
        this.settings = cache.settings();
        this.store = new GuardedStore(cache.store());
        this.keys = new RequestKeys(settings);
        this.policy = new StorePolicy(settings);
        this.writer = new PageWriter(settings.exposeHeader());
        this.recorder = new PageRecorder(settings, store, policy, cache::generation);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)) {
            chain.doFilter(req, res);
            return;
        }
        String uri = request.getRequestURI();
        String contextPath = request.getContextPath();
        String path = uri.startsWith(contextPath) ? uri.substring(contextPath.length()) : uri;
        if (!cache.matches(path)) {
            chain.doFilter(request, response);
            return;
        }
        String method = request.getMethod();
        boolean head = "HEAD".equals(method);
        if (!head && !"GET".equals(method)) {
            bypass(request, response, chain, CacheReason.METHOD);
            return;
        }
        RequestKeys.Identity identity;
        switch (keys.identify(request)) {
            case RequestKeys.Bypass(CacheReason reason) -> {
                bypass(request, response, chain, reason);
                return;
            }
            case RequestKeys.Identity id -> identity = id;
        }
        Instant now = settings.clock().instant();
        String key = pageKey(identity, request);
        CachedPage page = usable(store.get(key), now);
        if (page != null && page.isFresh(now)) {
            serve(request, response, page, CacheOutcome.HIT, now);
            return;
        }
        boolean revalidating = page != null && now.isBefore(page.staleWhileRevalidateUntil());
        if (head) {
            if (revalidating) {
                serve(request, response, page, CacheOutcome.STALE, now);
            } else {
                bypass(request, response, chain, CacheReason.HEAD, CacheOutcome.MISS);
            }
            return;
        }
        if (inFlight.tryLead(key)) {
            try {
                recorder.render(request, response, chain, identity, page);
            } finally {
                inFlight.finish(key);
            }
            return;
        }
        if (revalidating) {
            serve(request, response, page, CacheOutcome.STALE, now);
            return;
        }
        inFlight.await(key, settings.lockTimeout());
        now = settings.clock().instant();
        CachedPage rendered = usable(store.get(pageKey(identity, request)), now);
        if (rendered != null && rendered.isFresh(now)) {
            serve(request, response, rendered, CacheOutcome.HIT, now);
            return;
        }
        recorder.render(request, response, chain, identity, page);
    }

    private String pageKey(RequestKeys.Identity identity, HttpServletRequest request) {
        return RequestKeys.pageKey(identity.urlKey(), store.varyHeaders(identity.urlKey()), request);
    }

    /** A stored page that is still worth anything now, or null. */
    private static CachedPage usable(CachedPage page, Instant now) {
        return page == null || !now.isBefore(page.retainUntil()) ? null : page;
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, CachedPage page, CacheOutcome outcome,
            Instant now) throws IOException {
        writer.write(request, response, page, outcome, now);
        settings.listener().onRequest(outcome, CacheReason.NONE, page.renderTime());
    }

    private void bypass(HttpServletRequest request, HttpServletResponse response, FilterChain chain, CacheReason reason)
            throws IOException, ServletException {
        bypass(request, response, chain, reason, CacheOutcome.BYPASS);
    }

    private void bypass(HttpServletRequest request, HttpServletResponse response, FilterChain chain, CacheReason reason,
            CacheOutcome outcome) throws IOException, ServletException {
        if (settings.exposeHeader()) {
            response.setHeader(X_CACHE, outcome.name() + "; reason=" + reason.token());
        }
        settings.listener().onRequest(outcome, reason, Duration.ZERO);
        chain.doFilter(request, response);
    }

    /** How many requests are waiting for another request's render (for tests and diagnostics). */
    int waitingForRender() {
        return inFlight.waiting();
    }
}

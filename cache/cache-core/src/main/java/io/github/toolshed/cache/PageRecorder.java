package io.github.toolshed.cache;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The way out of the filter: runs the application against a capturing response, then stores the
 * result when the {@link StorePolicy} allows it, falls back to a stale page when the render
 * fails, and finally writes the response.
 */
final class PageRecorder {

    /** Never replayed from the cache: per-response, hop-by-hop, or owned by the cache. */
    private static final Set<String> NOT_REPLAYED = Set.of(
            "set-cookie", "set-cookie2", "age", "date", "connection", "keep-alive", "transfer-encoding", "upgrade",
            "proxy-connection", "trailer", "te", "content-length", "x-cache", "content-type");

    private final Settings settings;
    private final GuardedStore store;
    private final StorePolicy policy;
    private final PageWriter writer;
    private final LongSupplier purges;

    PageRecorder(Settings settings, GuardedStore store, StorePolicy policy, LongSupplier purges) {
        this.settings = settings;
        this.store = store;
        this.policy = policy;
        this.purges = purges;
        this.writer = new PageWriter(settings.exposeHeader());
    }

    void render(HttpServletRequest request, HttpServletResponse response, FilterChain chain, RequestKeys.Identity identity,
            CachedPage stale) throws IOException, ServletException {
        TrackingRequest tracked = new TrackingRequest(request, settings.csrfAttributes());
        CapturingResponse captured = new CapturingResponse(response, settings.maxEntryBytes(), settings.exposeHeader());
        tracked.capturing(captured);
        long generation = purges.getAsLong();
        long start = System.nanoTime();
        try {
            chain.doFilter(tracked, captured);
        } catch (IOException | ServletException | RuntimeException e) {
            if (serveStaleOnError(request, response, captured, stale)) {
                return;
            }
            settings.listener().onRequest(CacheOutcome.MISS, CacheReason.ERROR, Duration.ZERO);
            throw e;
        }
        Duration renderTime = Duration.ofNanos(System.nanoTime() - start);
        if (!request.isAsyncStarted()) {
            captured.flushWriter();
        }
        if (captured.passThroughReason() == null && request.isAsyncStarted()) {
            captured.streamFrom(CacheReason.ASYNC);
        }
        if (captured.passThroughReason() != null) {
            settings.listener().onRequest(CacheOutcome.MISS, captured.passThroughReason(), Duration.ZERO);
            return;
        }
        if (captured.status() >= 500 && serveStaleOnError(request, response, captured, stale)) {
            return;
        }
        CacheReason refusal = policy.refusal(captured, tracked);
        if (refusal == CacheReason.NONE && purges.getAsLong() != generation) {
            // A purge ran while this page rendered: it may have been meant for this very content.
            refusal = CacheReason.PURGED;
        }
        if (refusal == CacheReason.NONE) {
            CachedPage page = store(request, captured, identity, renderTime);
            if (page != null) {
                response.setHeader("ETag", page.etag());
                if (captured.getHeader("Last-Modified") == null) {
                    response.setHeader("Last-Modified", HttpDates.format(page.lastModified()));
                }
            }
        }
        if (settings.exposeHeader()) {
            response.setHeader(PageCacheFilter.X_CACHE,
                    refusal == CacheReason.NONE ? "MISS" : "MISS; reason=" + refusal.token());
        }
        settings.listener().onRequest(CacheOutcome.MISS, refusal, Duration.ZERO);
        response.setContentLength(captured.capturedLength());
        captured.writeCapturedBody();
    }

    private boolean serveStaleOnError(HttpServletRequest request, HttpServletResponse response, CapturingResponse captured,
            CachedPage stale) throws IOException {
        Instant now = settings.clock().instant();
        if (stale == null || !now.isBefore(stale.staleIfErrorUntil()) || response.isCommitted()
                || captured.passThroughReason() != null) {
            return false;
        }
        response.reset();
        writer.write(request, response, stale, CacheOutcome.STALE, now);
        settings.listener().onRequest(CacheOutcome.STALE, CacheReason.ERROR, stale.renderTime());
        return true;
    }

    private CachedPage store(HttpServletRequest request, CapturingResponse captured, RequestKeys.Identity identity,
            Duration renderTime) throws IOException {
        CacheControl cc = CacheControl.parse(captured.getHeaders("Cache-Control"));
        StorePolicy.Lifetimes lifetimes = policy.lifetimes(cc);
        List<String> vary = StorePolicy.varyHeaders(captured.getHeaders("Vary"));
        byte[] body = captured.body();
        Instant now = settings.clock().instant();
        String etag = captured.getHeader("ETag");
        if (etag == null || etag.isBlank()) {
            etag = strongEtag(body);
        }
        Instant lastModified = HttpDates.parse(captured.getHeader("Last-Modified"));
        List<CachedPage.Header> headers = new ArrayList<>();
        String contentType = captured.getContentType();
        if (contentType != null) {
            headers.add(new CachedPage.Header("Content-Type", contentType));
        }
        for (CachedPage.Header header : captured.recordedHeaders()) {
            String name = header.name().toLowerCase(Locale.ROOT);
            if (!NOT_REPLAYED.contains(name) && !name.equals("etag")) {
                headers.add(header);
            }
        }
        headers.add(new CachedPage.Header("ETag", etag));
        if (lastModified == null) {
            lastModified = now;
            headers.add(new CachedPage.Header("Last-Modified", HttpDates.format(now)));
        }
        Set<String> tags = new LinkedHashSet<>(captured.tags());
        if (request.getAttribute(PageCache.TAGS_ATTRIBUTE) instanceof Set<?> requestTags) {
            for (Object tag : requestTags) {
                tags.add(String.valueOf(tag));
            }
        }
        Instant freshUntil = now.plus(lifetimes.ttl());
        CachedPage page = new CachedPage(captured.status(), headers, body, etag, lastModified.truncatedTo(
                ChronoUnit.SECONDS), now, freshUntil, freshUntil.plus(lifetimes.staleWhileRevalidate()),
                freshUntil.plus(lifetimes.staleIfError()), tags, identity.url(), identity.path(), renderTime);
        store.put(identity.urlKey(), vary, RequestKeys.pageKey(identity.urlKey(), vary, request), page, page.retainUntil());
        return page;
    }

    /** A strong entity tag from the content: 128 bits of SHA-256, base64url. */
    static String strongEtag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new CacheException("SHA-256 is not available in this JVM", e);
        }
    }
}

package io.github.toolshed.cache;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * Writes a stored page to a response: status, replayed headers, {@code Age}, {@code X-Cache} and
 * the shared body array (never copied), or a 304 when the client's validators match, or headers
 * only for HEAD.
 */
final class PageWriter {

    /** Headers a 304 repeats from the stored response (RFC 9110, section 15.4.5). */
    private static final Set<String> NOT_MODIFIED_HEADERS =
            Set.of("cache-control", "content-location", "etag", "expires", "last-modified", "vary");

    private final boolean exposeHeader;

    PageWriter(boolean exposeHeader) {
        this.exposeHeader = exposeHeader;
    }

    void write(HttpServletRequest request, HttpServletResponse response, CachedPage page, CacheOutcome outcome, Instant now)
            throws IOException {
        boolean notModified = notModified(request, page);
        response.setStatus(notModified ? HttpServletResponse.SC_NOT_MODIFIED : page.status());
        for (CachedPage.Header header : page.headers()) {
            if (!notModified || NOT_MODIFIED_HEADERS.contains(header.name().toLowerCase(Locale.ROOT))) {
                response.addHeader(header.name(), header.value());
            }
        }
        response.setHeader("Age", Long.toString(page.ageSeconds(now)));
        if (exposeHeader) {
            response.setHeader(PageCacheFilter.X_CACHE, outcome == CacheOutcome.HIT ? "HIT" : "STALE");
        }
        if (notModified) {
            return;
        }
        response.setContentLength(page.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            page.writeBody(response.getOutputStream());
        }
    }

    /** If-None-Match wins over If-Modified-Since, as RFC 9110 says. */
    private static boolean notModified(HttpServletRequest request, CachedPage page) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return etagMatches(ifNoneMatch, page.etag());
        }
        Instant since = HttpDates.parse(request.getHeader("If-Modified-Since"));
        return since != null && !page.lastModified().isAfter(since);
    }

    /** Weak comparison over a list of entity tags, as If-None-Match requires. */
    static boolean etagMatches(String header, String etag) {
        String opaque = stripWeak(etag);
        for (String candidate : header.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || stripWeak(tag).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String stripWeak(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}

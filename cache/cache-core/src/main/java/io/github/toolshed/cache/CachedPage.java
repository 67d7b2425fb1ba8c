package io.github.toolshed.cache;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A stored response: status, replayable headers, body, validators, lifetimes and tags.
 *
 * <p>The body array is shared, never copied per request: a hit writes it straight to the
 * response. Whoever builds a page hands the array over and must not modify it afterwards; readers
 * must treat {@link #body()} as read-only (or use {@link #bodyBuffer()}). Headers never include
 * {@code Set-Cookie}, hop-by-hop headers, {@code Age} or {@code Content-Length}; the filter
 * recomputes the last two on every hit.
 *
 * @param status the HTTP status code
 * @param headers the headers to replay, in order, names as the application wrote them
 * @param body the body bytes (shared, read-only by contract)
 * @param etag the strong entity tag, quoted, e.g. {@code "Xa9…"}
 * @param lastModified the last-modified time announced to clients (second precision)
 * @param storedAt when the response was rendered and stored
 * @param freshUntil until when the page is served as fresh
 * @param staleWhileRevalidateUntil until when a stale page may be served while one request re-renders
 * @param staleIfErrorUntil until when a stale page may be served when the render fails
 * @param tags surrogate keys for purges, e.g. {@code post:42}
 * @param url the canonical absolute URL, e.g. {@code https://example.com/blog/?a=1&b=2}
 * @param path the request URI path (with the context path), used by prefix and pattern purges
 * @param renderTime how long the render took (what every hit saves)
 */
public record CachedPage(
        int status,
        List<Header> headers,
        byte[] body,
        String etag,
        Instant lastModified,
        Instant storedAt,
        Instant freshUntil,
        Instant staleWhileRevalidateUntil,
        Instant staleIfErrorUntil,
        Set<String> tags,
        String url,
        String path,
        Duration renderTime) {

    /**
     * Validates and freezes the collections (the body is deliberately not copied).
     */
    public CachedPage {
        if (status < 100 || status > 599) {
            throw new CacheException("status must be an HTTP status code, was " + status);
        }
        headers = List.copyOf(headers);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(storedAt, "storedAt");
        Objects.requireNonNull(freshUntil, "freshUntil");
        Objects.requireNonNull(staleWhileRevalidateUntil, "staleWhileRevalidateUntil");
        Objects.requireNonNull(staleIfErrorUntil, "staleIfErrorUntil");
        tags = Set.copyOf(tags);
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(renderTime, "renderTime");
    }

    /**
     * A header to replay on hits.
     *
     * @param name the header name as written by the application
     * @param value the header value
     */
    public record Header(String name, String value) {

        /** Checks that neither part is null. */
        public Header {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * Returns a read-only view of the body, without copying it.
     *
     * @return a read-only buffer over the body
     */
    public ByteBuffer bodyBuffer() {
        return ByteBuffer.wrap(body).asReadOnlyBuffer();
    }

    /**
     * Writes the body to a stream without copying it.
     *
     * @param out the destination
     * @throws IOException if the stream fails
     */
    public void writeBody(OutputStream out) throws IOException {
        out.write(body, 0, body.length);
    }

    /**
     * Returns the time after which the page is useless even as a stale fallback; stores may drop
     * it from then on.
     *
     * @return the latest of the freshness and the two stale windows
     */
    public Instant retainUntil() {
        Instant latest = freshUntil;
        if (staleWhileRevalidateUntil.isAfter(latest)) {
            latest = staleWhileRevalidateUntil;
        }
        return staleIfErrorUntil.isAfter(latest) ? staleIfErrorUntil : latest;
    }

    /**
     * Tells whether the page is fresh at a given time.
     *
     * @param now the current time
     * @return true while {@code now} is before {@link #freshUntil()}
     */
    public boolean isFresh(Instant now) {
        return now.isBefore(freshUntil);
    }

    /**
     * Returns the whole seconds since the page was stored, never negative; the {@code Age} header.
     *
     * @param now the current time
     * @return the age in seconds
     */
    public long ageSeconds(Instant now) {
        return Math.max(0, Duration.between(storedAt, now).toSeconds());
    }

    /**
     * Returns an approximation of the memory the page occupies, used to bound stores in bytes.
     *
     * @return the approximate size in bytes
     */
    public long weight() {
        long weight = 256L + body.length + 2L * (url.length() + path.length() + etag.length());
        for (Header header : headers) {
            weight += 48L + 2L * (header.name().length() + header.value().length());
        }
        for (String tag : tags) {
            weight += 40L + 2L * tag.length();
        }
        return weight;
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "CachedPage[" + status + " " + url + ", " + body.length + " bytes, etag " + etag + ", fresh until "
                + freshUntil + ", tags " + tags + "]";
    }
}

package io.github.toolshed.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Buffers a response body (up to the maximum entry size) so the cache can decide whether to
 * store it once the render is complete, while headers flow to the real response and are also
 * recorded for replay.
 *
 * <p>Flushes are deferred while capturing: the client sees the response only when the render is
 * done. A body that outgrows the limit, an error sent with {@code sendError}, a redirect or an
 * asynchronous request switches the wrapper to pass-through: what was buffered is written out
 * and the rest streams directly.
 */
final class CapturingResponse extends HttpServletResponseWrapper {

    private static final String SET_COOKIE = "Set-Cookie";

    private final int maxBytes;
    private final boolean exposeHeader;
    private final ReentrantLock lock = new ReentrantLock();
    private final List<CachedPage.Header> headers = new ArrayList<>();
    private final Set<String> tags = new LinkedHashSet<>();
    private byte[] buffer;
    private int count;
    private int status = SC_OK;
    private boolean cookieSet;
    private CacheReason passThrough;
    private CaptureStream stream;
    private PrintWriter writer;

    CapturingResponse(HttpServletResponse response, int maxBytes, boolean exposeHeader) {
        super(response);
        this.maxBytes = maxBytes;
        this.buffer = new byte[Math.min(maxBytes, 16 * 1024)];
        this.exposeHeader = exposeHeader;
    }

    // ---- what the cache reads back

    int status() {
        return status;
    }

    boolean cookieSet() {
        return cookieSet || getHeaders(SET_COOKIE).iterator().hasNext();
    }

    List<CachedPage.Header> recordedHeaders() {
        return headers;
    }

    Set<String> tags() {
        return tags;
    }

    /** The reason the response streams instead of being captured, or null while capturing. */
    CacheReason passThroughReason() {
        return passThrough;
    }

    /** Flushes the writer and returns an exact-size copy of the body (the one copy per stored miss). */
    byte[] body() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        return Arrays.copyOf(buffer, count);
    }

    /** Writes the captured body to the real response. */
    void writeCapturedBody() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        if (count > 0) {
            getResponse().getOutputStream().write(buffer, 0, count);
        }
    }

    /** Pushes characters still held by the application's writer into the buffer (or the client). */
    void flushWriter() {
        if (writer != null) {
            writer.flush();
        }
    }

    /** Flushes the writer into the buffer and returns the number of captured bytes. */
    int capturedLength() {
        if (writer != null) {
            writer.flush();
        }
        return count;
    }

    /**
     * Gives up capturing: labels the response as a miss with a reason, writes out what was
     * buffered and streams the rest.
     */
    void streamFrom(CacheReason reason) throws IOException {
        streamFrom(reason, true);
    }

    /**
     * As {@link #streamFrom(CacheReason)}; {@code flushWriter} is false when called from inside
     * a write, where the writer's encoder is busy and must not be re-entered.
     */
    private void streamFrom(CacheReason reason, boolean flushWriter) throws IOException {
        lock.lock();
        try {
            if (passThrough != null) {
                return;
            }
            passThrough = reason;
            if (!getResponse().isCommitted() && exposeHeader) {
                super.setHeader(PageCacheFilter.X_CACHE, "MISS; reason=" + reason.token());
            }
            if (flushWriter && writer != null) {
                writer.flush();
            }
            if (count > 0) {
                getResponse().getOutputStream().write(buffer, 0, count);
                count = 0;
            }
            buffer = null;
        } finally {
            lock.unlock();
        }
    }

    // ---- status and headers

    @Override
    public void setStatus(int sc) {
        status = sc;
        super.setStatus(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        status = sc;
        streamFrom(CacheReason.STATUS);
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        status = sc;
        streamFrom(CacheReason.STATUS);
        super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        status = SC_FOUND;
        streamFrom(CacheReason.STATUS);
        super.sendRedirect(location);
    }

    @Override
    public void sendRedirect(String location, int sc) throws IOException {
        status = sc;
        streamFrom(CacheReason.STATUS);
        super.sendRedirect(location, sc);
    }

    @Override
    public void sendRedirect(String location, boolean clearBuffer) throws IOException {
        status = SC_FOUND;
        streamFrom(CacheReason.STATUS);
        super.sendRedirect(location, clearBuffer);
    }

    @Override
    public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
        status = sc;
        streamFrom(CacheReason.STATUS);
        super.sendRedirect(location, sc, clearBuffer);
    }

    @Override
    public void addCookie(Cookie cookie) {
        cookieSet = true;
        super.addCookie(cookie);
    }

    @Override
    public void setHeader(String name, String value) {
        if (intercept(name, value)) {
            return;
        }
        headers.removeIf(h -> h.name().equalsIgnoreCase(name));
        if (value != null) {
            headers.add(new CachedPage.Header(name, value));
        }
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        if (intercept(name, value)) {
            return;
        }
        if (value != null) {
            headers.add(new CachedPage.Header(name, value));
        }
        super.addHeader(name, value);
    }

    @Override
    public void setIntHeader(String name, int value) {
        setHeader(name, Integer.toString(value));
    }

    @Override
    public void addIntHeader(String name, int value) {
        addHeader(name, Integer.toString(value));
    }

    @Override
    public void setDateHeader(String name, long date) {
        setHeader(name, HttpDates.format(date));
    }

    @Override
    public void addDateHeader(String name, long date) {
        addHeader(name, HttpDates.format(date));
    }

    /** Handles headers the cache owns; true when the header must not reach the client as is. */
    private boolean intercept(String name, String value) {
        if (name == null) {
            return true;
        }
        if (name.equalsIgnoreCase(SET_COOKIE)) {
            cookieSet = true;
        } else if (name.equalsIgnoreCase(PageCache.TAGS_HEADER)) {
            if (value != null) {
                PageCache.addTags(tags, value.split("[,\\s]+"));
            }
            return true;
        }
        return false;
    }

    @Override
    public void setContentLength(int len) {
        if (passThrough != null) {
            super.setContentLength(len);
        }
    }

    @Override
    public void setContentLengthLong(long len) {
        if (passThrough != null) {
            super.setContentLengthLong(len);
        }
    }

    // ---- body

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (writer != null) {
            throw new IllegalStateException("getWriter() has already been called for this response");
        }
        if (stream == null) {
            stream = new CaptureStream(this);
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            if (stream != null) {
                throw new IllegalStateException("getOutputStream() has already been called for this response");
            }
            String encoding = getCharacterEncoding();
            super.setCharacterEncoding(encoding);
            stream = new CaptureStream(this);
            writer = new PrintWriter(new CaptureWriter(new OutputStreamWriter(stream, Charset.forName(encoding)), this));
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (passThrough != null) {
            if (writer != null) {
                writer.flush();
            }
            super.flushBuffer();
        }
    }

    @Override
    public boolean isCommitted() {
        return passThrough != null ? super.isCommitted() : getResponse().isCommitted();
    }

    @Override
    public void resetBuffer() {
        lock.lock();
        try {
            if (passThrough == null) {
                count = 0;
            }
            super.resetBuffer();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void reset() {
        lock.lock();
        try {
            if (passThrough == null) {
                count = 0;
                headers.clear();
                tags.clear();
                status = SC_OK;
                cookieSet = false;
            }
            super.reset();
        } finally {
            lock.unlock();
        }
    }

    boolean passingThrough() {
        return passThrough != null;
    }

    /** The real response's output stream, for a stream that passes through. */
    ServletOutputStream realStream() throws IOException {
        return getResponse().getOutputStream();
    }

    /** Buffers bytes, or forwards them once passing through; switches to streaming past the limit. */
    void write(byte[] bytes, int off, int len) throws IOException {
        lock.lock();
        try {
            if (passThrough == null && (long) count + len > maxBytes) {
                streamFrom(CacheReason.TOO_LARGE, false);
            }
            if (passThrough != null) {
                getResponse().getOutputStream().write(bytes, off, len);
                return;
            }
            if (count + len > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.min(maxBytes, Math.max(buffer.length * 2, count + len)));
            }
            System.arraycopy(bytes, off, buffer, count, len);
            count += len;
        } finally {
            lock.unlock();
        }
    }
}

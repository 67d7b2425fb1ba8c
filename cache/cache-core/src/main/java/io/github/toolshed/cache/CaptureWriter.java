package io.github.toolshed.cache;

import java.io.IOException;
import java.io.Writer;

/**
 * The writer under the application's {@code PrintWriter}: encodes into the capture stream and,
 * once the response passes through, flushes after every write, because the container only
 * flushes its own writer when the response completes, never this one.
 */
final class CaptureWriter extends Writer {

    private final Writer encoder;
    private final CapturingResponse response;

    CaptureWriter(Writer encoder, CapturingResponse response) {
        this.encoder = encoder;
        this.response = response;
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        encoder.write(chars, off, len);
        if (response.passingThrough()) {
            encoder.flush();
        }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        encoder.write(str, off, len);
        if (response.passingThrough()) {
            encoder.flush();
        }
    }

    @Override
    public void flush() throws IOException {
        encoder.flush();
    }

    /** Only flushes: the cache writes the captured body after the render, so nothing may close yet. */
    @Override
    public void close() throws IOException {
        encoder.flush();
    }
}

package io.github.toolshed.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The output stream handed to the application by {@link CapturingResponse}: buffers, or forwards
 * once the response passes through. Non-blocking output (a write listener) implies asynchronous
 * processing, so registering one stops the capture.
 */
final class CaptureStream extends ServletOutputStream {

    private final CapturingResponse response;
    private final byte[] one = new byte[1];

    CaptureStream(CapturingResponse response) {
        this.response = response;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        one[0] = (byte) b;
        response.write(one, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        response.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
        if (response.passingThrough()) {
            response.realStream().flush();
        }
    }

    @Override
    public boolean isReady() {
        return !response.passingThrough() || real().isReady();
    }

    @Override
    public void setWriteListener(WriteListener listener) {
        try {
            response.streamFrom(CacheReason.ASYNC);
        } catch (IOException e) {
            listener.onError(e);
            return;
        }
        real().setWriteListener(listener);
    }

    private ServletOutputStream real() {
        try {
            return response.realStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.github.toolshed.demo.bench;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A mock response whose body goes to a byte-counting sink (standing in for the socket), so the
 * benchmark measures the filter rather than a copy into a test buffer. Reusable via {@link #recycle()}.
 */
final class SinkResponse extends MockHttpServletResponse {

    private final CRC32 checksum = new CRC32();
    private long written;

    private final ServletOutputStream sink = new ServletOutputStream() {
        @Override
        public void write(int b) {
            written++;
            checksum.update(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            written += len;
            checksum.update(b, off, len);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException();
        }
    };

    private PrintWriter writer;

    @Override
    public ServletOutputStream getOutputStream() {
        return sink;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8));
        }
        return writer;
    }

    /** Flushes the writer (as the container would at the end of the request). */
    void complete() {
        if (writer != null) {
            writer.flush();
        }
    }

    long written() {
        return written;
    }

    /** CRC-32 of the bytes written since the last {@link #recycle()}. */
    long checksum() {
        return checksum.getValue();
    }

    /** Clears headers and status for the next invocation. */
    void recycle() {
        complete();
        setCommitted(false);
        reset();
        written = 0;
        checksum.reset();
    }
}

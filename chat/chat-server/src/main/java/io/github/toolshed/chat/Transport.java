package io.github.toolshed.chat;

import java.io.IOException;
import java.util.List;

/**
 * The network side of one connection, implemented by a WebSocket adapter (for example the Spring one).
 *
 * <p>The server calls {@link #send}, {@link #sendAll} and {@link #ping} from a single writer thread per
 * connection, so implementations need not be thread-safe for those. {@link #close} may be called from
 * any thread, also while a send is blocked.
 */
public interface Transport {

    /**
     * Returns the remote address, used for the per-address connection cap.
     *
     * @return the client's IP address as text, never null
     */
    String remoteAddress();

    /**
     * Sends one text frame, blocking until it is written.
     *
     * @param text the frame's payload
     * @throws IOException when the connection is broken
     */
    void send(String text) throws IOException;

    /**
     * Sends several text frames in order, each as its own WebSocket message, blocking until all are
     * written. Implementations should coalesce them into as few socket writes as they can; the default
     * sends them one by one.
     *
     * @param texts the frames' payloads, in order
     * @throws IOException when the connection is broken
     */
    default void sendAll(List<String> texts) throws IOException {
        for (String text : texts) {
            send(text);
        }
    }

    /**
     * Sends a WebSocket ping frame.
     *
     * @throws IOException when the connection is broken
     */
    void ping() throws IOException;

    /**
     * Closes the connection with a close code and reason; must not throw and should not block for long.
     *
     * @param code the WebSocket close code, see {@link CloseCodes}
     * @param reason a short reason
     */
    void close(int code, String reason);
}

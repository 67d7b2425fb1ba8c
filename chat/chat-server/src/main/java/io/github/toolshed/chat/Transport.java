package io.github.toolshed.chat;

import java.io.IOException;

/**
 * The network side of one connection, implemented by a WebSocket adapter (for example the Spring one).
 *
 * <p>The server calls {@link #send} and {@link #ping} from a single writer thread per connection, so
 * implementations need not be thread-safe for those two. {@link #close} may be called from any thread,
 * also while a send is blocked.
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

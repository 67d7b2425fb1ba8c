package io.github.toolshed.chat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The network side of one connection, implemented by a WebSocket adapter (for example the Spring one).
 *
 * <p>The server calls {@link #send}, {@link #sendAll} and {@link #ping} from a single writer thread per
 * connection, so implementations need not be thread-safe for those. {@link #close} may be called from
 * any thread, also while a send is blocked.
 *
 * <p>A transport whose client asked for binary frames ({@link #binary()}) gets every frame through
 * {@link #sendBinary} and {@link #sendAllBinary} as UTF-8 JSON bytes encoded once for all receivers;
 * the text methods are used otherwise.
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
     * Returns whether this connection receives frames as WebSocket binary messages holding UTF-8 JSON
     * (negotiated at the handshake, see docs/chat-protocol.md) instead of text messages.
     *
     * @return true for binary mode; the default is false
     */
    default boolean binary() {
        return false;
    }

    /**
     * Sends one binary message holding UTF-8 JSON, blocking until it is written. The buffer is a
     * read-only view of bytes shared with other connections: read it, never keep it after returning.
     * The default decodes it and sends it as text.
     *
     * @param utf8 the message's payload, from its position to its limit
     * @throws IOException when the connection is broken
     */
    default void sendBinary(ByteBuffer utf8) throws IOException {
        send(StandardCharsets.UTF_8.decode(utf8).toString());
    }

    /**
     * Sends several binary messages in order, like {@link #sendAll} for text; the default sends them
     * one by one.
     *
     * @param messages the messages' UTF-8 payloads, in order
     * @throws IOException when the connection is broken
     */
    default void sendAllBinary(List<ByteBuffer> messages) throws IOException {
        for (ByteBuffer message : messages) {
            sendBinary(message);
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

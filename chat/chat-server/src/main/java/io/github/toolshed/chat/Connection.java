package io.github.toolshed.chat;

/**
 * The chat server's side of one connection: the adapter feeds it what arrives from the network.
 *
 * <p>All methods return quickly; the frames are handled on the connection's own virtual thread.
 */
public interface Connection {

    /**
     * Returns the identity the server assigned at the handshake.
     *
     * @return the session id, as sent in {@code welcome}
     */
    String sessionId();

    /**
     * Hands over one text frame received from the client.
     *
     * @param text the frame's payload
     */
    void receive(String text);

    /** Records that the client answered a ping (or sent any control frame). */
    void pong();

    /**
     * Tells the server the connection is gone; safe to call more than once.
     *
     * @param code the close code seen by the adapter
     */
    void closed(int code);
}

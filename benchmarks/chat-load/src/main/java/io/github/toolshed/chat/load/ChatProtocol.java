package io.github.toolshed.chat.load;

/**
 * How the load tool speaks a chat protocol: the frames it sends and what it needs from the frames it
 * receives. Add an implementation to drive another chat server.
 */
public interface ChatProtocol {

    /**
     * The frame that joins a room.
     *
     * @param room the room
     * @param nick the client's nick
     * @return the text frame
     */
    String join(String room, String nick);

    /**
     * The frame that sends a message whose text is {@code payload} (plain ASCII, no quotes).
     *
     * @param room the room
     * @param payload the text, carrying the message id and send time
     * @param clientId an idempotency key
     * @return the text frame
     */
    String message(String room, String payload, String clientId);

    /**
     * Tells whether a received frame confirms the join (the client then counts as connected).
     *
     * @param frame a received text frame
     * @return true for the join's answer
     */
    boolean isJoined(String frame);

    /**
     * Extracts the payload of a received chat message, or returns null for any other frame.
     *
     * @param frame a received text frame
     * @return the payload sent by {@link #message}, or null
     */
    String payload(String frame);

    /**
     * Tells whether a received frame reports an error (counted and reported).
     *
     * @param frame a received text frame
     * @return true for an error frame
     */
    boolean isError(String frame);
}

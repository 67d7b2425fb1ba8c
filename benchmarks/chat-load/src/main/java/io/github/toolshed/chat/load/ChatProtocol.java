package io.github.toolshed.chat.load;

/**
 * How the load tool speaks a chat protocol: the frames it sends and what it needs from the frames it
 * receives. Add an implementation to drive another chat server. Received frames come as UTF-8 bytes,
 * never decoded, so that a receiver costs little per message.
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
     * @param frame a received text frame as UTF-8 bytes; only {@code [from, to)} is the frame
     * @param from the frame's first byte
     * @param to the index after its last byte
     * @return true for the join's answer
     */
    boolean isJoined(byte[] frame, int from, int to);

    /**
     * Finds the payload of a received chat message; the payload ends at the next {@code '"'}. Receivers
     * call this for every frame, so implementations scan bytes rather than parse JSON.
     *
     * @param frame a received text frame as UTF-8 bytes
     * @param from the frame's first byte
     * @param to the index after its last byte
     * @return the index of the payload's first byte, or -1 when the frame is not a chat message
     */
    int payloadAt(byte[] frame, int from, int to);

    /**
     * Tells whether a received frame reports an error (counted and reported).
     *
     * @param frame a received text frame as UTF-8 bytes
     * @param from the frame's first byte
     * @param to the index after its last byte
     * @return true for an error frame
     */
    boolean isError(byte[] frame, int from, int to);
}

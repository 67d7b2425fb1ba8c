package io.github.toolshed.chat.broker;

import java.util.List;

/**
 * The service provider interface behind the chat server: room logs, live fan-out, presence and signals.
 *
 * <p>{@link InMemoryBroker} is the embedded one-node default. A broker for several nodes (for example on
 * Redis Streams) implements the same contract: offsets are per room and strictly increasing, the epoch
 * changes exactly when retained history was lost, a subscription's replay and its live messages join
 * without a gap or an overlap, and {@code clientId}s are de-duplicated over the retained history.
 */
public interface ChatBroker extends AutoCloseable {

    /**
     * Subscribes a member to a room, creating the room if needed.
     *
     * <p>Atomically: the listener receives {@link RoomListener#onHistory} per {@code replay}, the member
     * enters presence, and every message appended afterwards reaches {@link RoomListener#onMessage}.
     *
     * @param room the room's name (already validated)
     * @param member who subscribes
     * @param replay what to replay first
     * @param listener the receiver
     * @return the subscription, to close on leave
     * @throws io.github.toolshed.chat.ChatException with {@code TOO_MANY_ROOMS} when a new room would
     *         exceed the broker's room cap
     */
    Subscription subscribe(String room, Member member, Replay replay, RoomListener listener);

    /**
     * Appends a message to a room's log and delivers it to the room's subscribers, unless a message with
     * the same non-null clientId is still retained.
     *
     * @param room the room's name
     * @param draft the message
     * @return the stored message and whether it was a duplicate
     */
    AppendResult append(String room, MessageDraft draft);

    /**
     * Relays a signal to every subscriber of a room (the sender included); nothing is stored.
     *
     * @param room the room's name
     * @param signal the signal
     */
    void publish(String room, Signal signal);

    /**
     * Returns the members present in a room, in joining order.
     *
     * @param room the room's name
     * @return the members, empty for an unknown room
     */
    List<Member> members(String room);

    /**
     * Returns how many rooms the broker holds.
     *
     * @return the room count
     */
    int roomCount();

    /** Releases the broker's resources. */
    @Override
    void close();
}

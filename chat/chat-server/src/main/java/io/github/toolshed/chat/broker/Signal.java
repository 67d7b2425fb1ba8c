package io.github.toolshed.chat.broker;

/** A room event that is relayed to the members but never stored. */
public sealed interface Signal {

    /**
     * A member is typing.
     *
     * @param member who
     */
    record Typing(Member member) implements Signal {}

    /**
     * A member joined the room.
     *
     * @param member who
     */
    record Joined(Member member) implements Signal {}

    /**
     * A member left the room or disconnected.
     *
     * @param member who
     * @param disconnected true when the connection ended, false for an explicit leave
     */
    record Left(Member member, boolean disconnected) implements Signal {}
}

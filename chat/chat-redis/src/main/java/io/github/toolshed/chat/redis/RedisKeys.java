package io.github.toolshed.chat.redis;

import io.github.toolshed.chat.broker.Member;

/**
 * The names of the keys: one hash tag per room, so a room's keys live in one cluster slot.
 *
 * <p>{@code <prefix>:{<room>}:log} is the stream, {@code :meta} the hash of epoch and last offset,
 * {@code :cid} the sorted set of retained clientIds by offset, {@code :members} the presence sorted set,
 * {@code :signals} the pub/sub channel; {@code <prefix>:node:<id>} is a node's heartbeat.
 */
final class RedisKeys {

    static final String SEPARATOR = "\u001f";

    private final String prefix;

    RedisKeys(String prefix) {
        this.prefix = prefix;
    }

    String log(String room) {
        return prefix + ":{" + room + "}:log";
    }

    String meta(String room) {
        return prefix + ":{" + room + "}:meta";
    }

    String clientIds(String room) {
        return prefix + ":{" + room + "}:cid";
    }

    String members(String room) {
        return prefix + ":{" + room + "}:members";
    }

    String signals(String room) {
        return prefix + ":{" + room + "}:signals";
    }

    String node(String nodeId) {
        return prefix + ":node:" + nodeId;
    }

    /** The room of a {@link #signals} channel, or null for another channel. */
    String roomOfSignals(String channel) {
        String head = prefix + ":{";
        String tail = "}:signals";
        if (!channel.startsWith(head) || !channel.endsWith(tail) || channel.length() < head.length() + tail.length()) {
            return null;
        }
        return channel.substring(head.length(), channel.length() - tail.length());
    }

    /** A presence entry: node, session and nick joined by U+001F. */
    static String presenceEntry(String nodeId, Member member) {
        return nodeId + SEPARATOR + member.sessionId() + SEPARATOR + member.nick();
    }

    /** The node of a presence entry. */
    static String nodeOf(String entry) {
        int cut = entry.indexOf(SEPARATOR);
        return cut < 0 ? "" : entry.substring(0, cut);
    }

    /** The member of a presence entry, or null when malformed. */
    static Member memberOf(String entry) {
        String[] parts = entry.split(SEPARATOR, 3);
        return parts.length == 3 ? new Member(parts[1], parts[2]) : null;
    }
}

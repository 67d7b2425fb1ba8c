package io.github.toolshed.chat.redis;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * How a {@link RedisStreamsBroker} uses Redis.
 *
 * @param keyPrefix prefix of every key and channel, e.g. {@code toolshed:chat}
 * @param retainedHistory messages kept per room stream (approximate {@code MAXLEN}) and the clientId
 *        de-duplication window
 * @param maxRooms rooms with local members this node holds at once
 * @param nodeId this node's identity in presence; unique per running node
 * @param presenceTtl how long a node's members stay in presence after its last heartbeat
 * @param readBlock how long one blocking {@code XREAD} waits before the reader looks at its rooms again
 */
public record RedisBrokerSettings(String keyPrefix, int retainedHistory, int maxRooms, String nodeId,
        Duration presenceTtl, Duration readBlock) {

    /** Checks the values. */
    public RedisBrokerSettings {
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        Objects.requireNonNull(nodeId, "nodeId");
        if (keyPrefix.isBlank() || nodeId.isBlank() || nodeId.contains(RedisKeys.SEPARATOR)) {
            throw new IllegalArgumentException("keyPrefix and nodeId must be non-blank, nodeId without U+001F");
        }
        if (retainedHistory < 1 || maxRooms < 1) {
            throw new IllegalArgumentException("retainedHistory and maxRooms must be positive");
        }
        if (presenceTtl.toMillis() < 300 || readBlock.toMillis() < 10) {
            throw new IllegalArgumentException("presenceTtl must be at least 300 ms, readBlock at least 10 ms");
        }
    }

    /**
     * Returns the defaults: prefix {@code toolshed:chat}, 1,000 messages, 10,000 rooms, a random node id,
     * presence TTL 15 s, reads blocking 200 ms.
     *
     * @return the default settings
     */
    public static RedisBrokerSettings defaults() {
        return new RedisBrokerSettings("toolshed:chat", 1000, 10_000, UUID.randomUUID().toString(),
                Duration.ofSeconds(15), Duration.ofMillis(200));
    }

    /**
     * Returns a copy with another node id.
     *
     * @param id the node id
     * @return the copy
     */
    public RedisBrokerSettings withNodeId(String id) {
        return new RedisBrokerSettings(keyPrefix, retainedHistory, maxRooms, id, presenceTtl, readBlock);
    }
}

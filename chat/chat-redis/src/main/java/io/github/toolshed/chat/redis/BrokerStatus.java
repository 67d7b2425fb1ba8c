package io.github.toolshed.chat.redis;

import java.time.Duration;

/**
 * What a health probe learns from {@link RedisStreamsBroker#status()}.
 *
 * @param up whether the broker can append and deliver
 * @param reason why it is down, or {@code "ok"}
 * @param pingTime how long Redis took to answer a {@code PING}, or null when it did not answer
 * @param localRooms rooms with members on this node
 */
public record BrokerStatus(boolean up, String reason, Duration pingTime, int localRooms) {

    static BrokerStatus up(Duration pingTime, int localRooms) {
        return new BrokerStatus(true, "ok", pingTime, localRooms);
    }

    static BrokerStatus down(String reason, int localRooms) {
        return new BrokerStatus(false, reason, null, localRooms);
    }
}

package io.github.toolshed.chat.redis.spring;

import io.github.toolshed.chat.redis.BrokerStatus;
import io.github.toolshed.chat.redis.RedisStreamsBroker;
import java.util.function.Supplier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Reports the Redis chat broker to Spring Boot Actuator's health endpoint: {@code UP} with the node id,
 * the time Redis took to answer a {@code PING} and the rooms this node reads; {@code DOWN} with the
 * reason (Redis does not answer, delivery paused, broker closed).
 */
public class RedisChatHealthIndicator implements HealthIndicator {

    private final String nodeId;
    private final Supplier<BrokerStatus> status;

    /**
     * Creates an indicator for a broker.
     *
     * @param broker the broker to probe on every health request
     */
    public RedisChatHealthIndicator(RedisStreamsBroker broker) {
        this(broker.nodeId(), broker::status);
    }

    RedisChatHealthIndicator(String nodeId, Supplier<BrokerStatus> status) {
        this.nodeId = nodeId;
        this.status = status;
    }

    @Override
    public Health health() {
        BrokerStatus current = status.get();
        Health.Builder builder = current.up() ? Health.up() : Health.down().withDetail("reason", current.reason());
        builder.withDetail("nodeId", nodeId).withDetail("localRooms", current.localRooms());
        if (current.pingTime() != null) {
            builder.withDetail("pingMillis", current.pingTime().toNanos() / 1e6);
        }
        return builder.build();
    }
}

package io.github.toolshed.chat.redis.spring;

import io.github.toolshed.chat.redis.RedisStreamsBroker;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Adds {@link RedisChatHealthIndicator} (health component {@code toolshedChatRedis}) when Spring Boot's
 * health support is on the class path (it comes with the actuator) and the chat runs on a
 * {@link RedisStreamsBroker}. Switched off with {@code management.health.toolshed-chat-redis.enabled=false}.
 */
@AutoConfiguration(after = RedisChatAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(RedisStreamsBroker.class)
@ConditionalOnBooleanProperty(name = "management.health.toolshed-chat-redis.enabled", matchIfMissing = true)
public class RedisChatHealthAutoConfiguration {

    /**
     * The health indicator of the Redis chat broker.
     *
     * @param broker the broker
     * @return the indicator
     */
    @Bean
    @ConditionalOnMissingBean(name = "toolshedChatRedisHealthIndicator")
    public RedisChatHealthIndicator toolshedChatRedisHealthIndicator(RedisStreamsBroker broker) {
        return new RedisChatHealthIndicator(broker);
    }
}

package io.github.toolshed.chat.redis.spring;

import io.github.toolshed.chat.broker.ChatBroker;
import io.github.toolshed.chat.redis.RedisBrokerSettings;
import io.github.toolshed.chat.redis.RedisClients;
import io.github.toolshed.chat.redis.RedisStreamsBroker;
import io.github.toolshed.chat.spring.ChatAutoConfiguration;
import io.github.toolshed.chat.spring.ChatProperties;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Selects the {@link RedisStreamsBroker} when {@code toolshed.chat.broker=redis} (the default,
 * {@code memory}, keeps the chat server's in-memory broker). The connection is read from Spring Boot's
 * {@code spring.data.redis.url} or {@code host}, {@code port}, {@code username}, {@code password},
 * {@code database}, {@code ssl.enabled} and {@code timeout}.
 */
@AutoConfiguration(before = ChatAutoConfiguration.class)
@ConditionalOnClass({RedisClient.class, ChatBroker.class})
@ConditionalOnProperty(name = "toolshed.chat.broker", havingValue = "redis")
@EnableConfigurationProperties({RedisChatProperties.class, ChatProperties.class})
public class RedisChatAutoConfiguration {

    /**
     * The Lettuce client the broker uses, from {@code spring.data.redis.*}.
     *
     * @param environment the environment
     * @param resources the client resources
     * @return the client, shut down with the context
     */
    @Bean(destroyMethod = "shutdown")
    @ConditionalOnMissingBean(name = "toolshedChatRedisClient")
    public RedisClient toolshedChatRedisClient(Environment environment,
            @Qualifier("toolshedChatRedisResources") ClientResources resources) {
        String configured = environment.getProperty("spring.data.redis.timeout");
        Duration timeout = configured == null || configured.isBlank() ? Duration.ofSeconds(5)
                : DurationStyle.detectAndParse(configured);
        RedisClient client = RedisClient.create(resources, redisUri(environment, timeout));
        client.setOptions(RedisClients.options(timeout));
        return client;
    }

    /**
     * Lettuce's threads and reconnection policy: exponential backoff from 50 ms, capped at 5 s (Lettuce's
     * default cap is 30 s, too long for a chat that reports delivery as paused).
     *
     * @return the resources, shut down with the context after the client
     */
    @Bean(destroyMethod = "shutdown")
    @ConditionalOnMissingBean(name = "toolshedChatRedisResources")
    public ClientResources toolshedChatRedisResources() {
        return DefaultClientResources.builder()
                .reconnectDelay(Delay.exponential(Duration.ofMillis(50), Duration.ofSeconds(5), 2, TimeUnit.MILLISECONDS))
                .build();
    }

    /**
     * The broker on Redis Streams.
     *
     * @param toolshedChatRedisClient the client
     * @param redis the broker's settings
     * @param chat the chat server's settings (retained history, room cap)
     * @return the broker
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(ChatBroker.class)
    public RedisStreamsBroker chatBroker(@Qualifier("toolshedChatRedisClient") RedisClient toolshedChatRedisClient,
            RedisChatProperties redis, ChatProperties chat) {
        String nodeId = redis.getNodeId().isBlank() ? UUID.randomUUID().toString() : redis.getNodeId();
        return new RedisStreamsBroker(toolshedChatRedisClient, new RedisBrokerSettings(redis.getKeyPrefix(),
                chat.getRetainedHistory(), chat.getMaxRooms(), nodeId, redis.getPresenceTtl(), redis.getReadBlock()));
    }

    static RedisURI redisUri(Environment environment, Duration timeout) {
        String url = environment.getProperty("spring.data.redis.url");
        RedisURI uri;
        if (url != null && !url.isBlank()) {
            uri = RedisURI.create(url);
        } else {
            RedisURI.Builder builder = RedisURI.builder()
                    .withHost(environment.getProperty("spring.data.redis.host", "localhost"))
                    .withPort(environment.getProperty("spring.data.redis.port", Integer.class, 6379))
                    .withDatabase(environment.getProperty("spring.data.redis.database", Integer.class, 0))
                    .withSsl(environment.getProperty("spring.data.redis.ssl.enabled", Boolean.class, false));
            String password = environment.getProperty("spring.data.redis.password");
            String username = environment.getProperty("spring.data.redis.username");
            if (password != null && username != null) {
                builder.withAuthentication(username, password);
            } else if (password != null) {
                builder.withPassword(password.toCharArray());
            }
            uri = builder.build();
        }
        uri.setTimeout(timeout);
        return uri;
    }
}

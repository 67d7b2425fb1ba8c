package io.github.toolshed.chat.redis.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.toolshed.chat.broker.ChatBroker;
import io.github.toolshed.chat.broker.InMemoryBroker;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.env.MockEnvironment;

class RedisChatAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RedisChatAutoConfiguration.class));

    @Test
    void staysOffUnlessTheBrokerIsRedis() {
        runner.run(context -> assertThat(context).doesNotHaveBean(ChatBroker.class).doesNotHaveBean(RedisClient.class));
        runner.withPropertyValues("toolshed.chat.broker=memory")
                .run(context -> assertThat(context).doesNotHaveBean(ChatBroker.class));
    }

    @Test
    void backsOffForAUserBroker() {
        runner.withPropertyValues("toolshed.chat.broker=redis")
                .withBean(ChatBroker.class, () -> new InMemoryBroker(10, 10))
                .run(context -> {
                    assertThat(context.getBean(ChatBroker.class)).isInstanceOf(InMemoryBroker.class);
                    assertThat(context).hasSingleBean(RedisClient.class).hasBean("toolshedChatRedisResources");
                });
    }

    @Test
    void readsSpringBootsRedisProperties() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("spring.data.redis.host", "127.0.0.2")
                .withProperty("spring.data.redis.port", "6390")
                .withProperty("spring.data.redis.database", "3")
                .withProperty("spring.data.redis.username", "chat")
                .withProperty("spring.data.redis.password", "secret");
        RedisURI uri = RedisChatAutoConfiguration.redisUri(env, Duration.ofSeconds(3));
        assertThat(uri.getHost()).isEqualTo("127.0.0.2");
        assertThat(uri.getPort()).isEqualTo(6390);
        assertThat(uri.getDatabase()).isEqualTo(3);
        assertThat(uri.getCredentialsProvider()).isNotNull();
        assertThat(uri.getTimeout()).isEqualTo(Duration.ofSeconds(3));

        RedisURI fromUrl = RedisChatAutoConfiguration.redisUri(
                new MockEnvironment().withProperty("spring.data.redis.url", "redis://127.0.0.1:7000/2"), Duration.ofSeconds(1));
        assertThat(fromUrl.getPort()).isEqualTo(7000);
        assertThat(fromUrl.getDatabase()).isEqualTo(2);
    }
}

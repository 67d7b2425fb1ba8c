package io.github.toolshed.chat.redis.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.toolshed.chat.redis.RedisStreamsBroker;
import io.github.toolshed.testsupport.RedisServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The health indicator against a real redis-server (Debian package redis-server) that is killed and restarted. */
class RedisChatHealthIT {

    private static RedisServer redis;

    @BeforeAll
    static void startRedis() {
        redis = RedisServer.start();
    }

    @AfterAll
    static void stopRedis() throws Exception {
        redis.close();
    }

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(RedisChatAutoConfiguration.class,
                        RedisChatHealthAutoConfiguration.class))
                .withPropertyValues("toolshed.chat.broker=redis", "spring.data.redis.url=" + redis.uri(),
                        "spring.data.redis.timeout=1s", "toolshed.chat.redis.node-id=health-node");
    }

    @Test
    void upWhileRedisAnswersDownWithAReasonWhileItIsGoneAndUpAgainAfter() {
        runner().run(context -> {
            assertThat(context).hasSingleBean(RedisStreamsBroker.class);
            HealthIndicator indicator = context.getBean("toolshedChatRedisHealthIndicator", HealthIndicator.class);
            Health up = indicator.health();
            assertThat(up.getStatus()).isEqualTo(Status.UP);
            assertThat(up.getDetails()).containsEntry("nodeId", "health-node").containsKey("pingMillis");

            redis.kill();
            await().atMost(Duration.ofSeconds(10)).until(() -> indicator.health().getStatus().equals(Status.DOWN));
            assertThat((String) indicator.health().getDetails().get("reason")).isNotBlank();

            redis.restart();
            await().atMost(Duration.ofSeconds(20)).until(() -> indicator.health().getStatus().equals(Status.UP));
        });
    }

    @Test
    void backsOffWhenDisabledWithoutHealthSupportOrForAUserIndicator() {
        runner().withPropertyValues("management.health.toolshed-chat-redis.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(RedisChatHealthIndicator.class));
        runner().withClassLoader(new FilteredClassLoader(HealthIndicator.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(RedisChatHealthIndicator.class));
        HealthIndicator mine = () -> Health.unknown().build();
        runner().withBean("toolshedChatRedisHealthIndicator", HealthIndicator.class, () -> mine)
                .run(context -> assertThat(context.getBean("toolshedChatRedisHealthIndicator")).isSameAs(mine));
    }
}

package io.github.toolshed.chat.redis.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.toolshed.chat.broker.ChatBroker;
import io.github.toolshed.chat.broker.InMemoryBroker;
import io.github.toolshed.chat.redis.BrokerStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class RedisChatHealthIndicatorTest {

    @Test
    void upCarriesThePingTimeAndDownCarriesTheReason() {
        Health up = new RedisChatHealthIndicator("node-a",
                () -> new BrokerStatus(true, "ok", Duration.ofMillis(2), 3)).health();
        assertThat(up.getStatus()).isEqualTo(Status.UP);
        assertThat(up.getDetails()).containsEntry("nodeId", "node-a").containsEntry("localRooms", 3)
                .containsEntry("pingMillis", 2.0).doesNotContainKey("reason");

        Health down = new RedisChatHealthIndicator("node-a",
                () -> new BrokerStatus(false, "Redis does not answer: refused", null, 1)).health();
        assertThat(down.getStatus()).isEqualTo(Status.DOWN);
        assertThat(down.getDetails()).containsEntry("reason", "Redis does not answer: refused")
                .containsEntry("localRooms", 1).doesNotContainKey("pingMillis");
    }

    @Test
    void noIndicatorWithoutARedisBroker() {
        ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(
                RedisChatAutoConfiguration.class, RedisChatHealthAutoConfiguration.class));
        runner.withPropertyValues("toolshed.chat.broker=memory")
                .run(context -> assertThat(context).doesNotHaveBean(RedisChatHealthIndicator.class));
        runner.withPropertyValues("toolshed.chat.broker=redis")
                .withBean(ChatBroker.class, () -> new InMemoryBroker(10, 10))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(RedisChatHealthIndicator.class));
    }
}

package io.github.toolshed.chat.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.toolshed.chat.ChatMetrics;
import io.github.toolshed.chat.ChatServer;
import io.github.toolshed.chat.broker.ChatBroker;
import io.github.toolshed.chat.broker.InMemoryBroker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class ChatAutoConfigurationTest {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ChatAutoConfiguration.class));

    @Test
    void providesTheBrokerServerAndHandler() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(ChatServer.class).hasSingleBean(ChatWebSocketHandler.class);
            assertThat(context.getBean(ChatBroker.class)).isInstanceOf(InMemoryBroker.class);
            assertThat(context.getBean(ChatMetrics.class)).isSameAs(ChatMetrics.NONE);
            assertThat(context.getBean(ChatServer.class).settings().historyOnJoin()).isEqualTo(15);
        });
    }

    @Test
    void defaultsToAShortWriteCoalescingWindow() {
        runner.run(context -> assertThat(context.getBean(ChatServer.class).settings().writeCoalescing())
                .hasMillis(5));
    }

    @Test
    void bindsProperties() {
        runner.withPropertyValues("toolshed.chat.history-on-join=5", "toolshed.chat.max-frame-size=8KB",
                "toolshed.chat.heartbeat-interval=5s", "toolshed.chat.heartbeat-timeout=12s",
                "toolshed.chat.write-coalescing=0ms").run(context -> {
                    var settings = context.getBean(ChatServer.class).settings();
                    assertThat(settings.writeCoalescing()).isZero();
                    assertThat(settings.historyOnJoin()).isEqualTo(5);
                    assertThat(settings.maxFrameBytes()).isEqualTo(8192);
                    assertThat(settings.heartbeatTimeout()).hasSeconds(12);
                });
    }

    @Test
    void reportsAnInvalidSettingByName() {
        runner.withPropertyValues("toolshed.chat.heartbeat-interval=60s", "toolshed.chat.heartbeat-timeout=30s")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("heartbeatTimeout (PT30S) must be longer"));
    }

    @Test
    void recordsMetricsWhenARegistryExists() {
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
            assertThat(context.getBean(ChatMetrics.class)).isInstanceOf(MicrometerChatMetrics.class);
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            assertThat(registry.get("toolshed.chat.connections").gauge().value()).isZero();
            assertThat(registry.get("toolshed.chat.rooms").gauge().value()).isZero();
        });
    }

    @Test
    void backsOffWhenTheApplicationDefinesItsOwnBroker() {
        runner.withUserConfiguration(OwnBroker.class).run(context -> {
            assertThat(context).hasSingleBean(ChatBroker.class);
            assertThat(context.getBean(ChatServer.class).broker()).isSameAs(context.getBean("myBroker"));
        });
    }

    @Test
    void canBeDisabledAndNeedsAServletWebApplication() {
        runner.withPropertyValues("toolshed.chat.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(ChatServer.class));
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ChatAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean(ChatServer.class));
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnBroker {
        @Bean
        ChatBroker myBroker() {
            return new InMemoryBroker(10, 10);
        }
    }
}

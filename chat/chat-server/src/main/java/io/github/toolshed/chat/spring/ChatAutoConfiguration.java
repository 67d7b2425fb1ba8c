package io.github.toolshed.chat.spring;

import io.github.toolshed.chat.ChatMetrics;
import io.github.toolshed.chat.ChatServer;
import io.github.toolshed.chat.broker.ChatBroker;
import io.github.toolshed.chat.broker.InMemoryBroker;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;

/**
 * Auto-configuration of the chat server: an {@link InMemoryBroker}, the {@link ChatServer}, its WebSocket
 * endpoint ({@code toolshed.chat.endpoint}, default {@code /chat/ws}) with the Origin allow-list, Micrometer
 * metrics when a {@link MeterRegistry} exists, and the browser client at {@code /chat/}.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(WebSocketConfigurer.class)
@ConditionalOnBooleanProperty(name = "toolshed.chat.enabled", matchIfMissing = true)
@EnableConfigurationProperties(ChatProperties.class)
public class ChatAutoConfiguration {

    /**
     * The embedded one-node broker.
     *
     * @param properties the chat properties
     * @return the broker
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public ChatBroker chatBroker(ChatProperties properties) {
        return new InMemoryBroker(properties.getRetainedHistory(), properties.getMaxRooms());
    }

    /**
     * Micrometer metrics when a registry exists, otherwise none.
     *
     * @param registry the meter registry, if any
     * @return the metrics sink
     */
    @Bean
    @ConditionalOnMissingBean
    public ChatMetrics chatMetrics(ObjectProvider<MeterRegistry> registry) {
        MeterRegistry meters = registry.getIfAvailable();
        return meters == null ? ChatMetrics.NONE : new MicrometerChatMetrics(meters);
    }

    /**
     * The chat server.
     *
     * @param properties the chat properties
     * @param broker the broker
     * @param metrics the metrics sink
     * @return the server
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public ChatServer chatServer(ChatProperties properties, ChatBroker broker, ChatMetrics metrics) {
        ChatServer server = new ChatServer(properties.toSettings(), broker, metrics);
        if (metrics instanceof MicrometerChatMetrics micrometer) {
            micrometer.bind(server);
        }
        return server;
    }

    /**
     * The WebSocket handler that feeds the server.
     *
     * @param server the server
     * @return the handler
     */
    @Bean
    @ConditionalOnMissingBean
    public ChatWebSocketHandler chatWebSocketHandler(ChatServer server) {
        return new ChatWebSocketHandler(server);
    }

    /** Registers the endpoint with Spring WebSocket. */
    @Configuration(proxyBeanMethods = false)
    @EnableWebSocket
    static class EndpointConfiguration {

        @Bean
        WebSocketConfigurer chatEndpoint(ChatWebSocketHandler handler, ChatProperties properties) {
            return registry -> registry.addHandler(handler, properties.getEndpoint())
                    .setAllowedOriginPatterns(properties.getAllowedOrigins().toArray(String[]::new));
        }
    }

    /** Serves the browser client's page at {@code /chat/}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty(name = "toolshed.chat.client-enabled", matchIfMissing = true)
    static class ClientConfiguration {

        @Bean
        WebMvcConfigurer chatClientPage() {
            return new WebMvcConfigurer() {
                @Override
                public void addViewControllers(ViewControllerRegistry registry) {
                    registry.addRedirectViewController("/chat", "/chat/");
                    registry.addViewController("/chat/").setViewName("forward:/chat/index.html");
                }
            };
        }
    }
}

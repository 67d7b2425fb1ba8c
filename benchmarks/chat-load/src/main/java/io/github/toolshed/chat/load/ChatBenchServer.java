package io.github.toolshed.chat.load;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A chat server to measure: the chat auto-configuration on Tomcat with virtual threads, either broker
 * ({@code --toolshed.chat.broker=memory|redis}). Its defaults suit a load run on loopback: many
 * connections per address, no browser client.
 */
@SpringBootApplication
public class ChatBenchServer {

    /**
     * Starts the server; Spring Boot arguments such as {@code --server.port=8080} apply.
     *
     * @param args Spring Boot arguments
     */
    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(ChatBenchServer.class);
        app.setDefaultProperties(java.util.Map.of(
                "server.address", "127.0.0.1",
                "spring.threads.virtual.enabled", "true",
                "spring.main.banner-mode", "off",
                "toolshed.chat.max-connections", "20000",
                "toolshed.chat.max-connections-per-address", "20000",
                "toolshed.chat.client-enabled", "false",
                "server.tomcat.max-connections", "20000",
                "server.tomcat.accept-count", "1000"));
        app.run(args);
    }
}

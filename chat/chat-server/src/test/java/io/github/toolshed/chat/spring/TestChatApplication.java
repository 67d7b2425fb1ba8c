package io.github.toolshed.chat.spring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/** A minimal application for the tests: the chat auto-configuration on an embedded server on a random port. */
@SpringBootApplication
public class TestChatApplication {

    /** Keeps the metrics in memory so tests can read them. */
    @Bean
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }

    /**
     * Starts the application on a random loopback port with virtual threads and extra properties.
     *
     * @param properties {@code key=value} pairs
     * @return the running context
     */
    public static ConfigurableApplicationContext start(String... properties) {
        List<String> all = new ArrayList<>(List.of(
                "server.port=0",
                "server.address=127.0.0.1",
                "spring.threads.virtual.enabled=true",
                "spring.main.banner-mode=off",
                "logging.level.root=WARN"));
        all.addAll(List.of(properties));
        return new SpringApplicationBuilder(TestChatApplication.class).properties(all.toArray(String[]::new)).run();
    }

    /**
     * Returns the port the context's web server listens on.
     *
     * @param context a context from {@link #start}
     * @return the port
     */
    public static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /**
     * Runs the test application from the command line, for trying the browser client by hand.
     *
     * @param args Spring Boot arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(TestChatApplication.class, args);
    }
}

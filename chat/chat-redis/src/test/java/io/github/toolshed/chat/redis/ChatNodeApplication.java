package io.github.toolshed.chat.redis;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** A chat node for the tests: the chat server on the Redis broker, on a random loopback port. */
@SpringBootApplication
public class ChatNodeApplication {

    /**
     * Starts a node on a Redis URI.
     *
     * @param redisUri e.g. {@code redis://127.0.0.1:6390}
     * @param properties more {@code key=value} pairs
     * @return the running context
     */
    public static ConfigurableApplicationContext start(String redisUri, String... properties) {
        List<String> all = new ArrayList<>(List.of(
                "server.port=0",
                "server.address=127.0.0.1",
                "spring.threads.virtual.enabled=true",
                "spring.main.banner-mode=off",
                "logging.level.root=WARN",
                "toolshed.chat.broker=redis",
                "toolshed.chat.presence-interval=100ms",
                "toolshed.chat.rate-per-second=1000",
                "toolshed.chat.rate-burst=1000",
                "spring.data.redis.url=" + redisUri,
                "spring.data.redis.timeout=2s"));
        all.addAll(List.of(properties));
        return new SpringApplicationBuilder(ChatNodeApplication.class).properties(all.toArray(String[]::new)).run();
    }

    /**
     * Returns a node's port.
     *
     * @param context a node
     * @return the port
     */
    public static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}

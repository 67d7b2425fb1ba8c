package io.github.toolshed.chat.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import java.time.Duration;

/** Creates Lettuce clients configured the way the broker expects. */
public final class RedisClients {

    private RedisClients() {}

    /**
     * Returns the options the broker relies on: automatic reconnection, commands rejected at once while
     * disconnected (so a send fails fast with {@code unavailable} instead of queueing), and a command
     * timeout.
     *
     * @param timeout the command timeout; must exceed the reader's blocking time
     * @return the options
     */
    public static ClientOptions options(Duration timeout) {
        return ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .build();
    }

    /**
     * Creates a client for a URI such as {@code redis://127.0.0.1:6379/0} with {@link #options} and a
     * 5-second timeout; the caller shuts it down after the broker is closed.
     *
     * @param uri the Redis URI
     * @return the client
     */
    public static RedisClient create(String uri) {
        RedisClient client = RedisClient.create(RedisURI.create(uri));
        client.setOptions(options(Duration.ofSeconds(5)));
        return client;
    }
}

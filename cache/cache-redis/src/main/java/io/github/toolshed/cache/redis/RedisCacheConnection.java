package io.github.toolshed.cache.redis;

import io.github.toolshed.cache.CacheException;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A connection to one Redis server shared by the Redis stores of a node, which knows whether
 * Redis is reachable.
 *
 * <p>Commands fail fast while Redis is down (Lettuce rejects them instead of queueing them) and
 * every store turns such failures into "absent": the first failure is logged as a warning, the
 * recovery once at info level, and {@link #isAvailable()} reports the state for health checks.
 * When Redis is down at start, or a connection is lost for good, the connection is retried at
 * most once per {@code reconnectDelay}. Close it when the application stops.
 */
public final class RedisCacheConnection implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(RedisCacheConnection.class.getName());

    private final RedisURI uri;
    private final ClientResources resources;
    private final RedisClient client;
    private final long retryNanos;
    private final AtomicBoolean available = new AtomicBoolean(true);
    private final Map<String, Consumer<String>> subscriptions = new ConcurrentHashMap<>();
    private final List<Runnable> recoveryHooks = new CopyOnWriteArrayList<>();
    private final Object connectLock = new Object();
    private volatile StatefulRedisConnection<byte[], byte[]> connection;
    private volatile StatefulRedisPubSubConnection<String, String> pubSub;
    private volatile long nextAttempt;

    private RedisCacheConnection(RedisURI redisUri, Duration commandTimeout, Duration reconnectDelay) {
        this.uri = redisUri;
        uri.setTimeout(commandTimeout);
        this.retryNanos = reconnectDelay.toNanos();
        this.resources = ClientResources.builder()
                .reconnectDelay(Delay.exponential(Duration.ofMillis(20), reconnectDelay, 2, TimeUnit.MILLISECONDS))
                .build();
        this.client = RedisClient.create(resources, uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(commandTimeout))
                .build());
    }

    /**
     * Connects to Redis with a 500 ms command timeout and reconnection attempts at most a
     * second apart. Redis need not be up yet.
     *
     * @param redisUri e.g. {@code redis://127.0.0.1:6379/0}
     * @return the connection
     */
    public static RedisCacheConnection create(String redisUri) {
        return create(redisUri, Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    /**
     * Connects to Redis. Redis need not be up yet.
     *
     * @param redisUri e.g. {@code redis://127.0.0.1:6379/0}
     * @param commandTimeout how long one command may take before the cache gives up on it
     * @param reconnectDelay the longest pause between reconnection attempts
     * @return the connection
     * @throws CacheException if the URI is malformed or a duration is not positive
     */
    public static RedisCacheConnection create(String redisUri, Duration commandTimeout, Duration reconnectDelay) {
        Objects.requireNonNull(redisUri, "redisUri");
        RedisURI parsed;
        try {
            parsed = RedisURI.create(redisUri);
        } catch (IllegalArgumentException e) {
            throw new CacheException("not a Redis URI: " + redisUri, e);
        }
        return create(parsed, commandTimeout, reconnectDelay);
    }

    /**
     * Connects to Redis given as a Lettuce {@link RedisURI}, e.g. one built from an application's
     * settings with credentials, database and TLS. Redis need not be up yet. The URI's timeout is
     * replaced by {@code commandTimeout}; the URI is not modified.
     *
     * @param redisUri where Redis is and how to log in
     * @param commandTimeout how long one command may take before the cache gives up on it
     * @param reconnectDelay the longest pause between reconnection attempts
     * @return the connection
     * @throws CacheException if a duration is not positive
     */
    public static RedisCacheConnection create(RedisURI redisUri, Duration commandTimeout, Duration reconnectDelay) {
        Objects.requireNonNull(redisUri, "redisUri");
        if (commandTimeout.isNegative() || commandTimeout.isZero()) {
            throw new CacheException("commandTimeout must be positive, was " + commandTimeout);
        }
        if (reconnectDelay.isNegative() || reconnectDelay.isZero()) {
            throw new CacheException("reconnectDelay must be positive, was " + reconnectDelay);
        }
        return new RedisCacheConnection(RedisURI.builder(redisUri).build(), commandTimeout, reconnectDelay);
    }

    /**
     * Tells whether the last command reached Redis; for health indicators.
     *
     * @return false after a failed command, until one succeeds again
     */
    public boolean isAvailable() {
        return available.get();
    }

    /**
     * Sends {@code PING}, for health checks: a node that serves every page from its local level
     * sends Redis nothing else, so without a ping it would not notice that Redis is back.
     *
     * @return whether Redis answered (and {@link #isAvailable()} is updated accordingly)
     */
    public boolean ping() {
        return call("ping", c -> "PONG".equals(c.ping()), false);
    }

    /**
     * Runs a command; on failure marks Redis unavailable, logs once and returns the fallback.
     */
    <T> T call(String what, Function<RedisCommands<byte[], byte[]>, T> command, T fallback) {
        try {
            T result = command.apply(commands());
            recovered();
            return result;
        } catch (RuntimeException e) {
            if (available.compareAndSet(true, false)) {
                LOG.log(Level.WARNING, "Redis at " + uri.getHost() + ":" + uri.getPort() + " failed (" + what
                        + "); caching without it until it is back", e);
            } else {
                LOG.log(Level.DEBUG, "Redis " + what + " failed", e);
            }
            return fallback;
        }
    }

    /** Subscribes to a channel, now or as soon as Redis is reachable. */
    void subscribe(String channel, Consumer<String> listener) {
        subscriptions.put(channel, listener);
        call("subscribe", c -> {
            pubSub.sync().subscribe(channel);
            return true;
        }, false);
    }

    /** Registers what to do when Redis is reachable again after an outage (messages may be lost). */
    void onRecovery(Runnable hook) {
        recoveryHooks.add(hook);
    }

    /** Publishes a message; returns false when Redis is down. */
    boolean publish(String channel, String message) {
        return call("publish", c -> {
            pubSub.sync().publish(channel, message);
            return true;
        }, false);
    }

    private void recovered() {
        if (available.compareAndSet(false, true)) {
            LOG.log(Level.INFO, "Redis at " + uri.getHost() + ":" + uri.getPort() + " is back; caching resumes");
            for (Runnable hook : recoveryHooks) {
                hook.run();
            }
        }
    }

    private RedisCommands<byte[], byte[]> commands() {
        StatefulRedisConnection<byte[], byte[]> current = connection;
        if (current != null && pubSub != null) {
            return current.sync();
        }
        synchronized (connectLock) {
            if (connection == null || pubSub == null) {
                long now = System.nanoTime();
                if (now - nextAttempt < 0) {
                    throw new CacheException("Redis is unreachable; next attempt in "
                            + TimeUnit.NANOSECONDS.toMillis(nextAttempt - now) + " ms");
                }
                nextAttempt = now + retryNanos;
                if (connection == null) {
                    connection = client.connect(ByteArrayCodec.INSTANCE);
                }
                if (pubSub == null) {
                    pubSub = connectPubSub();
                }
            }
            return connection.sync();
        }
    }

    private StatefulRedisPubSubConnection<String, String> connectPubSub() {
        StatefulRedisPubSubConnection<String, String> created = client.connectPubSub(StringCodec.UTF8);
        created.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                Consumer<String> listener = subscriptions.get(channel);
                if (listener != null) {
                    listener.accept(message);
                }
            }
        });
        if (!subscriptions.isEmpty()) {
            created.sync().subscribe(subscriptions.keySet().toArray(String[]::new));
        }
        return created;
    }

    /** Closes the connections and the client's threads. */
    @Override
    public void close() {
        synchronized (connectLock) {
            if (pubSub != null) {
                pubSub.close();
            }
            if (connection != null) {
                connection.close();
            }
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
            resources.shutdown(0, 2, TimeUnit.SECONDS);
        }
    }

    @Override
    public String toString() {
        return "RedisCacheConnection[" + uri.getHost() + ":" + uri.getPort() + (isAvailable() ? ", up]" : ", down]");
    }
}

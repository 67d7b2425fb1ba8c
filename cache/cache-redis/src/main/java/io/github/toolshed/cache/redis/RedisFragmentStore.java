package io.github.toolshed.cache.redis;

import io.github.toolshed.cache.CacheException;
import io.github.toolshed.cache.FragmentKey;
import io.github.toolshed.cache.FragmentStore;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.SetArgs;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * A {@link FragmentStore} in Redis: rendered {@code {% cache %}} fragments shared by every node,
 * under {@code <prefix><FragmentKey.asString()>} with the fragment's own timeout. A Redis
 * failure reads as "absent" (the fragment is rendered again) and drops writes.
 */
public final class RedisFragmentStore implements FragmentStore {

    private final RedisCacheConnection redis;
    private final String prefix;

    /**
     * Creates a store under the default prefix {@code toolshed:fragment:}.
     *
     * @param redis the connection
     */
    public RedisFragmentStore(RedisCacheConnection redis) {
        this(redis, "toolshed:fragment:");
    }

    /**
     * Creates a store.
     *
     * @param redis the connection
     * @param prefix the key prefix; not empty, free of glob characters
     * @throws CacheException if the prefix is malformed
     */
    public RedisFragmentStore(RedisCacheConnection redis, String prefix) {
        this.redis = Objects.requireNonNull(redis, "redis");
        if (prefix == null || prefix.isEmpty() || prefix.chars().anyMatch(c -> "*?[]\\".indexOf(c) >= 0)) {
            throw new CacheException("the key prefix must be non-empty and free of glob characters, was " + prefix);
        }
        this.prefix = prefix;
    }

    @Override
    public String get(FragmentKey key) {
        byte[] value = redis.call("fragment get", c -> c.get(bytes(key)), null);
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    @Override
    public void put(FragmentKey key, String fragment, Duration timeout) {
        if (timeout != null && (timeout.isZero() || timeout.isNegative())) {
            return;
        }
        byte[] value = fragment.getBytes(StandardCharsets.UTF_8);
        redis.call("fragment put", c -> timeout == null
                ? c.set(bytes(key), value)
                : c.set(bytes(key), value, SetArgs.Builder.px(Math.max(1, timeout.toMillis()))), null);
    }

    @Override
    public void invalidate(FragmentKey key) {
        redis.call("fragment invalidate", c -> c.del(bytes(key)), null);
    }

    @Override
    public long invalidateName(String name) {
        FragmentKey.of(name); // validates the name, which keeps glob characters out of the pattern
        // Exactly 64 characters after the name: "a" must not purge the fragments of "a.b".
        return delete(prefix + "template.cache." + name + "." + "?".repeat(64));
    }

    @Override
    public void invalidateAll() {
        delete(prefix + "*");
    }

    private long delete(String pattern) {
        return redis.call("fragment purge", c -> {
            ScanArgs args = ScanArgs.Builder.matches(pattern.getBytes(StandardCharsets.UTF_8)).limit(500);
            long removed = 0;
            KeyScanCursor<byte[]> cursor = c.scan(args);
            while (true) {
                if (!cursor.getKeys().isEmpty()) {
                    removed += c.del(cursor.getKeys().toArray(byte[][]::new));
                }
                if (cursor.isFinished()) {
                    return removed;
                }
                cursor = c.scan(ScanCursor.of(cursor.getCursor()), args);
            }
        }, 0L);
    }

    private byte[] bytes(FragmentKey key) {
        return (prefix + key.asString()).getBytes(StandardCharsets.UTF_8);
    }
}

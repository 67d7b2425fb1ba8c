package io.github.toolshed.cache.redis;

import io.github.toolshed.cache.CacheException;
import io.github.toolshed.cache.CachedPage;
import io.github.toolshed.cache.PageStore;
import io.github.toolshed.cache.Purge;
import io.lettuce.core.ExpireArgs;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A {@link PageStore} in Redis, shared by every node that uses the same Redis and key prefix.
 *
 * <p>Layout under the prefix (default {@code toolshed:page:}): {@code p:<key>} holds the encoded
 * page and expires when its stale windows close ({@code PXAT}); {@code v:<urlKey>} the URL's Vary
 * list; {@code t:<tag>} a set of the page keys carrying a tag, which expires with the
 * longest-lived of them, so a tag purge is one {@code SMEMBERS} and one {@code DEL}. Purges by
 * URL, prefix or pattern {@code SCAN} the pages and test each (they are rare and run off the
 * request path). A Redis failure reads as "absent" and drops writes: see
 * {@link RedisCacheConnection}.
 */
public final class RedisPageStore implements PageStore {

    private static final int SCAN_BATCH = 500;

    private final RedisCacheConnection redis;
    private final String prefix;
    private final Clock clock;

    /**
     * Creates a store under the default prefix {@code toolshed:page:}.
     *
     * @param redis the connection
     */
    public RedisPageStore(RedisCacheConnection redis) {
        this(redis, "toolshed:page:", Clock.systemUTC());
    }

    /**
     * Creates a store.
     *
     * @param redis the connection
     * @param prefix the key prefix, so several caches can share one Redis; not empty
     * @param clock the clock expiry is measured against (use the page cache's clock)
     * @throws CacheException if the prefix is empty or contains a glob character
     */
    public RedisPageStore(RedisCacheConnection redis, String prefix, Clock clock) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (prefix == null || prefix.isEmpty() || prefix.chars().anyMatch(c -> "*?[]\\".indexOf(c) >= 0)) {
            throw new CacheException("the key prefix must be non-empty and free of glob characters, was " + prefix);
        }
        this.prefix = prefix;
    }

    /**
     * Tells whether Redis answered the last command.
     *
     * @return the connection's availability
     */
    public boolean isAvailable() {
        return redis.isAvailable();
    }

    /**
     * Returns the key prefix, which also names the invalidation channel of two-level stores.
     *
     * @return the prefix
     */
    public String prefix() {
        return prefix;
    }

    @Override
    public CachedPage get(String key) {
        return PageCodec.decode(redis.call("get", c -> c.get(bytes("p:" + key)), null));
    }

    @Override
    public void put(String key, CachedPage page) {
        Instant until = page.retainUntil();
        if (!until.isAfter(clock.instant())) {
            return;
        }
        byte[] value = PageCodec.encode(page);
        byte[] pageKey = bytes("p:" + key);
        redis.call("put", c -> {
            c.set(pageKey, value, SetArgs.Builder.pxAt(until));
            for (String tag : page.tags()) {
                byte[] tagKey = bytes("t:" + tag);
                c.sadd(tagKey, pageKey);
                // NX sets a first expiry, GT only ever lengthens it.
                if (!c.pexpireat(tagKey, until, ExpireArgs.Builder.nx())) {
                    c.pexpireat(tagKey, until, ExpireArgs.Builder.gt());
                }
            }
            return null;
        }, null);
    }

    @Override
    public List<String> varyHeaders(String urlKey) {
        byte[] value = redis.call("vary", c -> c.get(bytes("v:" + urlKey)), null);
        if (value == null) {
            return null;
        }
        String joined = new String(value, StandardCharsets.UTF_8);
        return joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }

    @Override
    public void putVaryHeaders(String urlKey, List<String> headerNames, Instant retainUntil) {
        if (!retainUntil.isAfter(clock.instant())) {
            return;
        }
        byte[] value = String.join(",", headerNames).getBytes(StandardCharsets.UTF_8);
        redis.call("vary", c -> c.set(bytes("v:" + urlKey), value, SetArgs.Builder.pxAt(retainUntil)), null);
    }

    @Override
    public long invalidate(Purge purge) {
        return redis.call("purge", c -> switch (purge) {
            case Purge.ByKey(String key) -> c.del(bytes("p:" + key));
            case Purge.ByTag(String tag) -> {
                byte[] tagKey = bytes("t:" + tag);
                byte[][] keys = c.smembers(tagKey).toArray(byte[][]::new);
                long removed = keys.length == 0 ? 0 : c.del(keys);
                c.del(tagKey);
                yield removed;
            }
            case Purge.All() -> {
                long[] removed = {0};
                scan(c, prefix + "*", batch -> removed[0] += c.del(batch.toArray(byte[][]::new)));
                yield removed[0];
            }
            default -> {
                long[] removed = {0};
                scan(c, prefix + "p:*", batch -> {
                    List<byte[]> values = c.mget(batch.toArray(byte[][]::new)).stream()
                            .map(kv -> kv.getValueOrElse(null)).toList();
                    for (int i = 0; i < batch.size(); i++) {
                        CachedPage page = PageCodec.decode(values.get(i));
                        if (page != null && purge.test(keyOf(batch.get(i)), page)) {
                            removed[0] += c.del(batch.get(i));
                        }
                    }
                });
                yield removed[0];
            }
        }, 0L);
    }

    @Override
    public List<Entry> entries(int limit) {
        return redis.call("entries", c -> {
            List<Entry> result = new ArrayList<>();
            scan(c, prefix + "p:*", batch -> {
                for (byte[] key : batch) {
                    CachedPage page = result.size() < limit ? PageCodec.decode(c.get(key)) : null;
                    if (page != null) {
                        result.add(new Entry(keyOf(key), page));
                    }
                }
            });
            return List.copyOf(result);
        }, List.of());
    }

    /** Counts the pages by scanning (the store is not bounded in bytes by the cache; Redis's maxmemory bounds it). */
    @Override
    public Stats stats() {
        long count = redis.call("stats", c -> {
            long[] pages = {0};
            scan(c, prefix + "p:*", batch -> pages[0] += batch.size());
            return pages[0];
        }, -1L);
        return new Stats(count, -1, -1, 0);
    }

    private String keyOf(byte[] redisKey) {
        return new String(redisKey, StandardCharsets.UTF_8).substring(prefix.length() + 2);
    }

    private byte[] bytes(String suffix) {
        return (prefix + suffix).getBytes(StandardCharsets.UTF_8);
    }

    private static void scan(RedisCommands<byte[], byte[]> c, String match, Consumer<List<byte[]>> batch) {
        ScanArgs args = ScanArgs.Builder.matches(match.getBytes(StandardCharsets.UTF_8)).limit(SCAN_BATCH);
        KeyScanCursor<byte[]> cursor = c.scan(args);
        while (true) {
            if (!cursor.getKeys().isEmpty()) {
                batch.accept(cursor.getKeys());
            }
            if (cursor.isFinished()) {
                return;
            }
            cursor = c.scan(ScanCursor.of(cursor.getCursor()), args);
        }
    }

    @Override
    public String toString() {
        return "RedisPageStore[" + prefix + ", " + redis + "]";
    }
}

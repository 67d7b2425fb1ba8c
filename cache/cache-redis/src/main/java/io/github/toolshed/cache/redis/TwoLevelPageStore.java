package io.github.toolshed.cache.redis;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.github.toolshed.cache.CacheException;
import io.github.toolshed.cache.CachedPage;
import io.github.toolshed.cache.PageStore;
import io.github.toolshed.cache.Purge;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A {@link PageStore} with two levels: a Caffeine cache in this node in front of a shared
 * {@link RedisPageStore}.
 *
 * <p>Hits are answered from the local level without a network round trip; a local miss reads
 * Redis and keeps the page locally. Stores and purges go to Redis and are published on the
 * channel {@code <prefix>invalidate}: every other node drops the matching local entries when the
 * message arrives (a store drops the key, so no node keeps serving an older page under it).
 *
 * <p><b>Bounded staleness.</b> A node may serve a page another node purged until the message
 * arrives (normally under a millisecond on one network) and, if a message is lost (a connection
 * drop, Redis down), for at most {@code localTtl} (default 5 s): local entries never live longer,
 * and the whole local level is dropped when Redis comes back. While Redis is down the node keeps
 * caching in its local level only.
 */
public final class TwoLevelPageStore implements PageStore {

    private final RedisPageStore remote;
    private final RedisCacheConnection redis;
    private final Cache<String, CachedPage> pages;
    private final Cache<String, List<String>> varyLists;
    private final String channel;
    private final String node = UUID.randomUUID().toString();
    private final long maximumBytes;

    private TwoLevelPageStore(Builder builder) {
        this.redis = builder.redis;
        this.remote = new RedisPageStore(builder.redis, builder.prefix, builder.clock);
        this.maximumBytes = builder.localMaximumBytes;
        Clock clock = builder.clock;
        Duration ttl = builder.localTtl;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(builder.localMaximumBytes)
                .<String, CachedPage>weigher((key, page) -> (int) Math.min(Integer.MAX_VALUE, page.weight() + 2L * key.length()))
                .expireAfter(Expiry.<String, CachedPage>writing((key, page) -> {
                    Duration left = Duration.between(clock.instant(), page.retainUntil());
                    return left.isNegative() ? Duration.ZERO : left.compareTo(ttl) < 0 ? left : ttl;
                }))
                .recordStats()
                .build();
        this.varyLists = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(ttl).build();
        this.channel = builder.prefix + "invalidate";
        redis.subscribe(channel, this::received);
        redis.onRecovery(this::dropLocal);
    }

    /**
     * Starts a builder.
     *
     * @param redis the connection shared by the node's Redis stores
     * @return a builder with a 5 s local lifetime and a 64 MiB local bound
     */
    public static Builder builder(RedisCacheConnection redis) {
        return new Builder(redis);
    }

    /**
     * Tells whether Redis answered the last command; while it does not, only the local level caches.
     *
     * @return the connection's availability
     */
    public boolean isAvailable() {
        return redis.isAvailable();
    }

    @Override
    public CachedPage get(String key) {
        CachedPage local = pages.getIfPresent(key);
        if (local != null) {
            return local;
        }
        CachedPage shared = remote.get(key);
        if (shared != null) {
            pages.put(key, shared);
        }
        return shared;
    }

    @Override
    public void put(String key, CachedPage page) {
        pages.put(key, page);
        remote.put(key, page);
        redis.publish(channel, PurgeMessage.encode(node, new Purge.ByKey(key)));
    }

    @Override
    public List<String> varyHeaders(String urlKey) {
        List<String> local = varyLists.getIfPresent(urlKey);
        if (local != null) {
            return local;
        }
        List<String> shared = remote.varyHeaders(urlKey);
        if (shared != null) {
            varyLists.put(urlKey, shared);
        }
        return shared;
    }

    @Override
    public void putVaryHeaders(String urlKey, List<String> headerNames, Instant retainUntil) {
        varyLists.put(urlKey, List.copyOf(headerNames));
        remote.putVaryHeaders(urlKey, headerNames, retainUntil);
    }

    /** Purges Redis and this node's level, then tells the other nodes; returns the count from Redis, or the local count while Redis is down. */
    @Override
    public long invalidate(Purge purge) {
        long local = invalidateLocal(purge);
        long shared = remote.invalidate(purge);
        redis.publish(channel, PurgeMessage.encode(node, purge));
        return redis.isAvailable() ? Math.max(shared, local) : local;
    }

    @Override
    public List<Entry> entries(int limit) {
        return redis.isAvailable() ? remote.entries(limit)
                : pages.asMap().entrySet().stream().limit(limit).map(e -> new Entry(e.getKey(), e.getValue())).toList();
    }

    /** Returns the local level's statistics. */
    @Override
    public Stats stats() {
        long bytes = pages.policy().eviction().map(e -> e.weightedSize().orElse(-1)).orElse(-1L);
        return new Stats(pages.estimatedSize(), bytes, maximumBytes, pages.stats().evictionCount());
    }

    private void received(String message) {
        PurgeMessage.Received received = PurgeMessage.decode(message);
        if (received == null) {
            dropLocal();
        } else if (!received.node().equals(node)) {
            invalidateLocal(received.purge());
        }
    }

    private long invalidateLocal(Purge purge) {
        if (purge instanceof Purge.ByKey(String key)) {
            return pages.asMap().remove(key) != null ? 1 : 0;
        }
        varyLists.invalidateAll();
        long removed = 0;
        for (var entry : pages.asMap().entrySet()) {
            if (purge.test(entry.getKey(), entry.getValue()) && pages.asMap().remove(entry.getKey(), entry.getValue())) {
                removed++;
            }
        }
        return removed;
    }

    private void dropLocal() {
        pages.invalidateAll();
        varyLists.invalidateAll();
    }

    /** Builds a {@link TwoLevelPageStore}. */
    public static final class Builder {

        private final RedisCacheConnection redis;
        private String prefix = "toolshed:page:";
        private Duration localTtl = Duration.ofSeconds(5);
        private long localMaximumBytes = 64L << 20;
        private Clock clock = Clock.systemUTC();

        private Builder(RedisCacheConnection redis) {
            this.redis = Objects.requireNonNull(redis, "redis");
        }

        /**
         * Sets the Redis key prefix; nodes sharing pages must use the same one.
         *
         * @param prefix the prefix
         * @return this builder
         */
        public Builder prefix(String prefix) {
            this.prefix = Objects.requireNonNull(prefix, "prefix");
            return this;
        }

        /**
         * Sets the longest time a page lives in the local level, the staleness bound when an
         * invalidation message is lost.
         *
         * @param ttl a positive duration
         * @return this builder
         */
        public Builder localTtl(Duration ttl) {
            if (ttl.isNegative() || ttl.isZero()) {
                throw new CacheException("localTtl must be positive, was " + ttl);
            }
            this.localTtl = ttl;
            return this;
        }

        /**
         * Sets the bound on the approximate bytes of the local level.
         *
         * @param bytes the bound, at least 1024
         * @return this builder
         */
        public Builder localMaximumBytes(long bytes) {
            if (bytes < 1024) {
                throw new CacheException("localMaximumBytes must be at least 1024, was " + bytes);
            }
            this.localMaximumBytes = bytes;
            return this;
        }

        /**
         * Sets the clock expiry is measured against; use the page cache's clock.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Builds the store and subscribes to the invalidation channel (now or once Redis is up).
         *
         * @return the store
         */
        public TwoLevelPageStore build() {
            return new TwoLevelPageStore(this);
        }
    }
}

package io.github.toolshed.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The embedded {@link PageStore}: a Caffeine cache bounded in bytes (a weigher over body,
 * headers and metadata), each entry expiring when its stale windows close.
 *
 * <p>Purges other than by key scan the entries, which costs about a microsecond per thousand
 * entries; that keeps the hit path free of secondary indexes. Built with
 * {@code CaffeinePageStore.builder().maximumBytes(64 << 20).build()}.
 */
public final class CaffeinePageStore implements PageStore {

    /** The default bound: 64 MiB. */
    public static final long DEFAULT_MAXIMUM_BYTES = 64L << 20;

    private static final int MAX_VARY_LISTS = 100_000;

    private final Cache<String, CachedPage> pages;
    private final Cache<String, VaryList> varyLists;
    private final long maximumBytes;

    private CaffeinePageStore(Builder builder) {
        Clock clock = builder.clock;
        this.maximumBytes = builder.maximumBytes;
        Caffeine<Object, Object> pagesBuilder = Caffeine.newBuilder().recordStats();
        Caffeine<Object, Object> varyBuilder = Caffeine.newBuilder();
        if (builder.executor != null) {
            pagesBuilder.executor(builder.executor);
            varyBuilder.executor(builder.executor);
        }
        this.pages = pagesBuilder
                .maximumWeight(maximumBytes)
                .<String, CachedPage>weigher((key, page) -> (int) Math.min(Integer.MAX_VALUE, page.weight() + 2L * key.length()))
                .expireAfter(Expiry.<String, CachedPage>writing((key, page) -> remaining(clock, page.retainUntil())))
                .build();
        this.varyLists = varyBuilder
                .maximumSize(MAX_VARY_LISTS)
                .expireAfter(Expiry.<String, VaryList>writing((key, list) -> remaining(clock, list.retainUntil())))
                .build();
    }

    private static Duration remaining(Clock clock, Instant until) {
        Duration left = Duration.between(clock.instant(), until);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /**
     * Starts a builder with a 64 MiB bound and the system clock.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public CachedPage get(String key) {
        return pages.getIfPresent(key);
    }

    @Override
    public void put(String key, CachedPage page) {
        pages.put(key, page);
    }

    @Override
    public List<String> varyHeaders(String urlKey) {
        VaryList list = varyLists.getIfPresent(urlKey);
        return list == null ? null : list.names();
    }

    @Override
    public void putVaryHeaders(String urlKey, List<String> headerNames, Instant retainUntil) {
        varyLists.put(urlKey, new VaryList(List.copyOf(headerNames), retainUntil));
    }

    @Override
    public long invalidate(Purge purge) {
        if (purge instanceof Purge.ByKey(String key)) {
            return pages.asMap().remove(key) != null ? 1 : 0;
        }
        if (purge instanceof Purge.All) {
            long size = pages.estimatedSize();
            pages.invalidateAll();
            return size;
        }
        long removed = 0;
        for (var entry : pages.asMap().entrySet()) {
            if (purge.test(entry.getKey(), entry.getValue()) && pages.asMap().remove(entry.getKey(), entry.getValue())) {
                removed++;
            }
        }
        return removed;
    }

    @Override
    public List<Entry> entries(int limit) {
        List<Entry> result = new ArrayList<>(Math.min(limit, 1024));
        for (var entry : pages.asMap().entrySet()) {
            if (result.size() >= limit) {
                break;
            }
            result.add(new Entry(entry.getKey(), entry.getValue()));
        }
        return result;
    }

    @Override
    public Stats stats() {
        long bytes = pages.policy().eviction().map(e -> e.weightedSize().orElse(-1)).orElse(-1L);
        return new Stats(pages.estimatedSize(), bytes, maximumBytes, pages.stats().evictionCount());
    }

    /** Runs pending maintenance (evictions); tests and the endpoint call it for exact numbers. */
    void cleanUp() {
        pages.cleanUp();
        varyLists.cleanUp();
    }

    private record VaryList(List<String> names, Instant retainUntil) {}

    /** Builds a {@link CaffeinePageStore}. */
    public static final class Builder {

        private long maximumBytes = DEFAULT_MAXIMUM_BYTES;
        private Clock clock = Clock.systemUTC();
        private Executor executor;

        private Builder() {}

        /**
         * Sets the bound on the approximate bytes held by all pages.
         *
         * @param maximumBytes the bound, at least 1024
         * @return this builder
         */
        public Builder maximumBytes(long maximumBytes) {
            if (maximumBytes < 1024) {
                throw new CacheException("maximumBytes must be at least 1024, was " + maximumBytes);
            }
            this.maximumBytes = maximumBytes;
            return this;
        }

        /**
         * Sets the clock that expiry is measured against; use the page cache's clock.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets the executor for Caffeine's maintenance work (default: the common pool);
         * {@code Runnable::run} makes evictions synchronous.
         *
         * @param executor the executor
         * @return this builder
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * Builds the store.
         *
         * @return the store
         */
        public CaffeinePageStore build() {
            return new CaffeinePageStore(this);
        }
    }
}

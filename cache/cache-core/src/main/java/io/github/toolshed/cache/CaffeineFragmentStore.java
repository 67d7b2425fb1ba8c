package io.github.toolshed.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The embedded {@link FragmentStore}: a Caffeine cache bounded in bytes, each fragment expiring
 * after its own timeout (or never), with one render per key under concurrency.
 */
public final class CaffeineFragmentStore implements FragmentStore {

    /** The default bound: 16 MiB. */
    public static final long DEFAULT_MAXIMUM_BYTES = 16L << 20;

    private final Cache<FragmentKey, Fragment> fragments;

    private CaffeineFragmentStore(Builder builder) {
        Caffeine<Object, Object> caffeine = Caffeine.newBuilder().ticker(builder.ticker);
        if (builder.executor != null) {
            caffeine.executor(builder.executor);
        }
        this.fragments = caffeine
                .maximumWeight(builder.maximumBytes)
                .<FragmentKey, Fragment>weigher((key, fragment) ->
                        (int) Math.min(Integer.MAX_VALUE, 160L + 2L * (key.name().length() + fragment.value().length())))
                .expireAfter(Expiry.<FragmentKey, Fragment>writing((key, fragment) -> fragment.timeout()))
                .build();
    }

    /**
     * Starts a builder with a 16 MiB bound.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String get(FragmentKey key) {
        Fragment fragment = fragments.getIfPresent(key);
        return fragment == null ? null : fragment.value();
    }

    @Override
    public void put(FragmentKey key, String fragment, Duration timeout) {
        Objects.requireNonNull(fragment, "fragment");
        Duration effective = effective(timeout);
        if (effective.isZero()) {
            return;
        }
        fragments.put(key, new Fragment(fragment, effective));
    }

    @Override
    public String getOrRender(FragmentKey key, Duration timeout, Supplier<String> render) {
        Duration effective = effective(timeout);
        if (effective.isZero()) {
            return render.get();
        }
        return fragments.get(key, k -> new Fragment(Objects.requireNonNull(render.get(), "rendered fragment"), effective))
                .value();
    }

    @Override
    public void invalidate(FragmentKey key) {
        fragments.invalidate(key);
    }

    @Override
    public long invalidateName(String name) {
        long removed = 0;
        for (FragmentKey key : fragments.asMap().keySet()) {
            if (key.name().equals(name) && fragments.asMap().remove(key) != null) {
                removed++;
            }
        }
        return removed;
    }

    @Override
    public void invalidateAll() {
        fragments.invalidateAll();
    }

    /** Negative timeouts behave like zero (Django: "do not cache"); null means forever. */
    private static Duration effective(Duration timeout) {
        if (timeout == null) {
            return Duration.ofNanos(Long.MAX_VALUE);
        }
        return timeout.isNegative() ? Duration.ZERO : timeout;
    }

    private record Fragment(String value, Duration timeout) {}

    /** Builds a {@link CaffeineFragmentStore}. */
    public static final class Builder {

        private long maximumBytes = DEFAULT_MAXIMUM_BYTES;
        private Ticker ticker = Ticker.systemTicker();
        private Executor executor;

        private Builder() {}

        /**
         * Sets the bound on the approximate bytes held by all fragments.
         *
         * @param maximumBytes at least 1024
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
         * Sets the time source for timeouts (tests use a manual ticker).
         *
         * @param ticker nanosecond ticker
         * @return this builder
         */
        public Builder ticker(Ticker ticker) {
            this.ticker = Objects.requireNonNull(ticker, "ticker");
            return this;
        }

        /**
         * Sets the executor for maintenance work; {@code Runnable::run} makes it synchronous.
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
        public CaffeineFragmentStore build() {
            return new CaffeineFragmentStore(this);
        }
    }
}

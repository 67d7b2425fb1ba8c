package io.github.toolshed.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The embedded {@link FragmentStore}: a Caffeine cache bounded in bytes, each fragment expiring
 * after its own timeout (or never), with one render per key under concurrency.
 */
public final class CaffeineFragmentStore implements FragmentStore {

    /** The default bound: 16 MiB. */
    public static final long DEFAULT_MAXIMUM_BYTES = 16L << 20;

    private final Cache<FragmentKey, Fragment> fragments;
    private final ConcurrentHashMap<FragmentKey, Rendering> inFlight = new ConcurrentHashMap<>();
    private final long lockTimeoutNanos;

    private CaffeineFragmentStore(Builder builder) {
        this.lockTimeoutNanos = builder.lockTimeout.toNanos();
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

    /**
     * {@inheritDoc}
     *
     * <p>The render runs outside Caffeine's compute lock, so a fragment may itself render other
     * cached fragments (nested {@code {% cache %}} tags). Concurrent callers for one key wait
     * for the first one's render, at most the lock timeout (then they render themselves, so a
     * hung render cannot hang every page that includes the fragment); a thread that re-enters
     * its own key renders directly instead of waiting for itself; a failed render is not cached
     * and the waiters render themselves.
     */
    @Override
    public String getOrRender(FragmentKey key, Duration timeout, Supplier<String> render) {
        Duration effective = effective(timeout);
        if (effective.isZero()) {
            return render.get();
        }
        long deadline = System.nanoTime() + lockTimeoutNanos;
        while (true) {
            Fragment cached = fragments.getIfPresent(key);
            if (cached != null) {
                return cached.value();
            }
            Rendering mine = new Rendering(Thread.currentThread());
            Rendering running = inFlight.putIfAbsent(key, mine);
            if (running == null) {
                try {
                    // A render that finished between the lookup above and putIfAbsent is reused.
                    Fragment raced = fragments.getIfPresent(key);
                    String rendered = raced != null ? raced.value()
                            : Objects.requireNonNull(render.get(), "rendered fragment");
                    if (raced == null) {
                        fragments.put(key, new Fragment(rendered, effective));
                    }
                    mine.result.complete(rendered);
                    return rendered;
                } catch (RuntimeException | Error e) {
                    mine.result.completeExceptionally(e);
                    throw e;
                } finally {
                    inFlight.remove(key, mine);
                }
            }
            if (running.owner == Thread.currentThread()) {
                return Objects.requireNonNull(render.get(), "rendered fragment");
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return renderAlone(key, effective, render);
            }
            try {
                return running.result.get(left, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                return renderAlone(key, effective, render);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return renderAlone(key, effective, render);
            } catch (ExecutionException | CancellationException e) {
                // The first render failed: loop and render here (or wait for a newer render).
            }
        }
    }

    /** Renders without waiting any longer; the result is stored unless a newer one got there first. */
    private String renderAlone(FragmentKey key, Duration effective, Supplier<String> render) {
        String rendered = Objects.requireNonNull(render.get(), "rendered fragment");
        fragments.asMap().putIfAbsent(key, new Fragment(rendered, effective));
        return rendered;
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

    /** One render in progress: its thread and its eventual result. */
    private record Rendering(Thread owner, CompletableFuture<String> result) {
        Rendering(Thread owner) {
            this(owner, new CompletableFuture<>());
        }
    }

    /** Builds a {@link CaffeineFragmentStore}. */
    public static final class Builder {

        private long maximumBytes = DEFAULT_MAXIMUM_BYTES;
        private Ticker ticker = Ticker.systemTicker();
        private Executor executor;
        private Duration lockTimeout = Duration.ofSeconds(5);

        private Builder() {}

        /**
         * Sets how long concurrent callers wait for the one render of a fragment before
         * rendering it themselves (default 5 s, like the page filter's stampede wait).
         *
         * @param lockTimeout zero or positive; zero never waits
         * @return this builder
         */
        public Builder lockTimeout(Duration lockTimeout) {
            if (lockTimeout.isNegative()) {
                throw new CacheException("lockTimeout must not be negative, was " + lockTimeout);
            }
            this.lockTimeout = lockTimeout;
            return this;
        }

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

package io.github.toolshed.cache.spring;

import io.github.toolshed.cache.CacheOutcome;
import io.github.toolshed.cache.CacheReason;
import io.github.toolshed.cache.PageCacheListener;
import io.github.toolshed.cache.PageStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Micrometer meters of the page cache, fed as its {@link PageCacheListener}:
 * <ul>
 *   <li>{@code toolshed.cache.page.requests} (counter; tags {@code result} = hit, stale, miss,
 *       bypass and {@code reason} = a {@link CacheReason} token or none);</li>
 *   <li>{@code toolshed.cache.page.render.saved} (counter, seconds of render time hits saved);</li>
 *   <li>{@code toolshed.cache.page.evictions} (function counter), {@code toolshed.cache.page.size}
 *       (gauge, bytes) and {@code toolshed.cache.page.entries} (gauge), read from the store.</li>
 * </ul>
 * Request counters are created on first use, so only outcomes that happen show up.
 */
public class PageCacheMetrics implements MeterBinder, PageCacheListener {

    private static final int REASONS = CacheReason.values().length;

    private final PageStore store;
    private final AtomicReferenceArray<Counter> requests =
            new AtomicReferenceArray<>(CacheOutcome.values().length * REASONS);
    private volatile MeterRegistry registry;
    private volatile Counter saved;

    /**
     * Creates the metrics for a store.
     *
     * @param store the page store whose size and evictions are reported
     */
    public PageCacheMetrics(PageStore store) {
        this.store = store;
    }

    @Override
    public void bindTo(MeterRegistry meterRegistry) {
        this.saved = Counter.builder("toolshed.cache.page.render.saved")
                .description("Render time the page cache saved by serving hits")
                .baseUnit("seconds")
                .register(meterRegistry);
        FunctionCounter.builder("toolshed.cache.page.evictions", store, s -> s.stats().evictions())
                .description("Pages evicted to respect the size bound or expired")
                .register(meterRegistry);
        Gauge.builder("toolshed.cache.page.size", store, s -> s.stats().bytes())
                .description("Approximate memory held by cached pages")
                .baseUnit("bytes")
                .register(meterRegistry);
        Gauge.builder("toolshed.cache.page.entries", store, s -> s.stats().entries())
                .description("Number of cached pages")
                .register(meterRegistry);
        this.registry = meterRegistry;
    }

    @Override
    public void onRequest(CacheOutcome outcome, CacheReason reason, Duration renderTimeSaved) {
        MeterRegistry current = registry;
        if (current == null) {
            return;
        }
        int index = outcome.ordinal() * REASONS + reason.ordinal();
        Counter counter = requests.get(index);
        if (counter == null) {
            counter = Counter.builder("toolshed.cache.page.requests")
                    .description("Requests handled by the page cache")
                    .tag("result", outcome.name().toLowerCase(Locale.ROOT))
                    .tag("reason", reason.token())
                    .register(current);
            requests.set(index, counter);
        }
        counter.increment();
        if (!renderTimeSaved.isZero() && saved != null) {
            saved.increment(renderTimeSaved.toNanos() / 1e9);
        }
    }
}

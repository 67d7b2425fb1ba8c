package io.github.toolshed.demo.admin;

import io.github.toolshed.cache.CachedPage;
import io.github.toolshed.cache.PageCache;
import io.github.toolshed.cache.PageStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the admin page shows, computed once per request. Public with public accessors because
 * the template reads it ({@code {{ report.hitRatio }}}).
 *
 * @param entries pages in the store
 * @param size approximate bytes they occupy, human-readable
 * @param bytes approximate bytes they occupy
 * @param limit the store's bound, human-readable, or "unbounded"
 * @param evictions pages evicted or expired since start
 * @param hits requests served from the cache (fresh or stale)
 * @param misses requests that were rendered and looked up in the cache
 * @param bypasses requests the cache did not look up (sessions, POSTs, ...)
 * @param hitRatio hits / (hits + misses) as a percentage, or "n/a" before the first lookup
 * @param missReasons misses by reason, most frequent first
 * @param bypassReasons bypasses by reason, most frequent first
 * @param pages some stored pages, most recently stored first
 * @param store the store's class name
 */
public record CacheReport(long entries, String size, long bytes, String limit, long evictions, long hits, long misses,
        long bypasses, String hitRatio, List<ReasonCount> missReasons, List<ReasonCount> bypassReasons,
        List<PageRow> pages, String store) {

    /** Pages listed on the admin page. */
    static final int LISTED_PAGES = 50;

    /** The meter toolshed-cache-spring counts requests with (tags {@code result}, {@code reason}). */
    static final String REQUESTS_METER = "toolshed.cache.page.requests";

    /**
     * A reason and how many requests it explains.
     *
     * @param reason the reason token, e.g. {@code session-cookie}
     * @param count the number of requests
     */
    public record ReasonCount(String reason, long count) {}

    /**
     * One stored page.
     *
     * @param url the page's URL
     * @param status the HTTP status
     * @param size its body size, human-readable
     * @param age how long ago it was stored
     * @param fresh whether it is still fresh
     * @param tags its surrogate keys, space-separated
     */
    public record PageRow(String url, int status, String size, String age, boolean fresh, String tags) {}

    /**
     * Builds the report from the cache's store and, when a registry is present, its request meters.
     *
     * @param cache the page cache
     * @param registry the meter registry, or null when metrics are off
     * @param now the current time
     * @return the report
     */
    static CacheReport of(PageCache cache, MeterRegistry registry, Instant now) {
        PageStore.Stats stats = cache.store().stats();
        long hits = 0;
        long misses = 0;
        long bypasses = 0;
        Map<String, Long> missReasons = new TreeMap<>();
        Map<String, Long> bypassReasons = new TreeMap<>();
        if (registry != null) {
            for (Counter counter : registry.find(REQUESTS_METER).counters()) {
                long count = (long) counter.count();
                String result = String.valueOf(counter.getId().getTag("result"));
                String reason = String.valueOf(counter.getId().getTag("reason"));
                switch (result) {
                    case "hit", "stale" -> hits += count;
                    case "miss" -> {
                        misses += count;
                        missReasons.merge(reason, count, Long::sum);
                    }
                    case "bypass" -> {
                        bypasses += count;
                        bypassReasons.merge(reason, count, Long::sum);
                    }
                    default -> { }
                }
            }
        }
        List<PageRow> rows = cache.store().entries(LISTED_PAGES).stream()
                .sorted(Comparator.comparing((PageStore.Entry e) -> e.page().storedAt()).reversed())
                .map(e -> row(e.page(), now))
                .toList();
        long lookups = hits + misses;
        String ratio = lookups == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f %%", 100.0 * hits / lookups);
        return new CacheReport(stats.entries(), bytes(stats.bytes()), stats.bytes(),
                stats.maximumBytes() < 0 ? "unbounded" : bytes(stats.maximumBytes()), stats.evictions(),
                hits, misses, bypasses, ratio, sorted(missReasons), sorted(bypassReasons), rows,
                cache.store().getClass().getSimpleName());
    }

    private static PageRow row(CachedPage page, Instant now) {
        Duration age = Duration.between(page.storedAt(), now);
        return new PageRow(page.url(), page.status(), bytes(page.body().length),
                Math.max(0, age.toSeconds()) + " s", now.isBefore(page.freshUntil()), String.join(" ", page.tags()));
    }

    private static List<ReasonCount> sorted(Map<String, Long> counts) {
        List<ReasonCount> list = new ArrayList<>();
        counts.forEach((reason, count) -> list.add(new ReasonCount(reason, count)));
        list.sort(Comparator.comparingLong(ReasonCount::count).reversed().thenComparing(ReasonCount::reason));
        return List.copyOf(list);
    }

    /** Formats a byte count as B, KiB or MiB. */
    static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}

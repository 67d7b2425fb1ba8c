package io.github.toolshed.cache.nginx;

import io.github.toolshed.cache.CachedPage;
import io.github.toolshed.cache.PageStore;
import io.github.toolshed.cache.Purge;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link PageStore} decorator that also hands every stored page to {@link PagePublisher}s (the
 * fronts) and withdraws it from them on a purge. This is how the fronts hook into the page
 * filter without any change to it: {@code PageCache.builder().store(new PublishingPageStore(store, publisher))}.
 *
 * <p>Only pages a front can serve to everyone are published: status 200, no query string (nginx
 * keys on the raw {@code $request_uri}, which the filter's canonical query would not match) and
 * no {@code Vary} header (a front cannot vary). The store remembers what it published, by page
 * key, until the page's freshness ends, so purges by URL, prefix, pattern or tag reach the
 * fronts even after the delegate evicted the page.
 */
public final class PublishingPageStore implements PageStore {

    private final PageStore delegate;
    private final List<PagePublisher> publishers;
    private final Clock clock;
    private final Map<String, CachedPage> published = new ConcurrentHashMap<>();

    /**
     * Decorates a store.
     *
     * @param delegate where pages live for the filter
     * @param publishers the fronts
     */
    public PublishingPageStore(PageStore delegate, PagePublisher... publishers) {
        this(delegate, Clock.systemUTC(), publishers);
    }

    /**
     * Decorates a store, measuring freshness with a given clock.
     *
     * @param delegate where pages live for the filter
     * @param clock the page cache's clock
     * @param publishers the fronts
     */
    public PublishingPageStore(PageStore delegate, Clock clock, PagePublisher... publishers) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.publishers = List.of(publishers);
    }

    /**
     * Tells whether a front may serve a page to every client.
     *
     * @param page the page
     * @return true for a 200 without query string and without {@code Vary}
     */
    public static boolean publishable(CachedPage page) {
        return page.status() == 200
                && !page.url().contains("?")
                && page.headers().stream().noneMatch(h -> h.name().equalsIgnoreCase("Vary"));
    }

    @Override
    public CachedPage get(String key) {
        return delegate.get(key);
    }

    @Override
    public void put(String key, CachedPage page) {
        delegate.put(key, page);
        Instant now = clock.instant();
        if (published.size() > 1024) {
            for (var entry : published.entrySet()) {
                if (!entry.getValue().isFresh(now) && published.remove(entry.getKey(), entry.getValue())) {
                    publishers.forEach(p -> p.unpublish(entry.getValue()));
                }
            }
        }
        if (publishable(page) && page.isFresh(now)) {
            CachedPage previous = published.put(key, page);
            if (previous != null && !previous.path().equals(page.path())) {
                publishers.forEach(p -> p.unpublish(previous));
            }
            publishers.forEach(p -> p.publish(page));
        }
    }

    @Override
    public List<String> varyHeaders(String urlKey) {
        return delegate.varyHeaders(urlKey);
    }

    @Override
    public void putVaryHeaders(String urlKey, List<String> headerNames, Instant retainUntil) {
        delegate.putVaryHeaders(urlKey, headerNames, retainUntil);
    }

    @Override
    public long invalidate(Purge purge) {
        for (var entry : published.entrySet()) {
            if (purge.test(entry.getKey(), entry.getValue()) && published.remove(entry.getKey(), entry.getValue())) {
                publishers.forEach(p -> p.unpublish(entry.getValue()));
            }
        }
        return delegate.invalidate(purge);
    }

    @Override
    public List<Entry> entries(int limit) {
        return delegate.entries(limit);
    }

    @Override
    public Stats stats() {
        return delegate.stats();
    }
}

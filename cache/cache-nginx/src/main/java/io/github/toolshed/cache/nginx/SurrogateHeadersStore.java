package io.github.toolshed.cache.nginx;

import io.github.toolshed.cache.CachedPage;
import io.github.toolshed.cache.PageStore;
import io.github.toolshed.cache.Purge;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A {@link PageStore} decorator that adds the headers a surrogate (Varnish, a CDN) needs to the
 * pages it stores: {@code Surrogate-Control: max-age=<freshness>} and {@code Surrogate-Key} with
 * the page filter's tags, space separated. Every hit then tells the surrogate how long it may
 * share the page and under which tags to ban it; the render that first stored a page is sent
 * without them, so a surrogate using {@link VarnishConfig}'s VCL does not keep that one.
 * Publishable pages only ({@link PublishingPageStore#publishable}).
 */
public final class SurrogateHeadersStore implements PageStore {

    private final PageStore delegate;

    /**
     * Decorates a store.
     *
     * @param delegate where pages live
     */
    public SurrogateHeadersStore(PageStore delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /**
     * Returns the page with its surrogate headers, or the page unchanged when it is not publishable.
     *
     * @param page the page
     * @return the page to store
     */
    public static CachedPage withSurrogateHeaders(CachedPage page) {
        if (!PublishingPageStore.publishable(page)) {
            return page;
        }
        List<CachedPage.Header> headers = new ArrayList<>();
        for (CachedPage.Header header : page.headers()) {
            String name = header.name();
            if (!name.equalsIgnoreCase("Surrogate-Control") && !name.equalsIgnoreCase("Surrogate-Key")) {
                headers.add(header);
            }
        }
        long seconds = Math.max(0, Duration.between(page.storedAt(), page.freshUntil()).toSeconds());
        headers.add(new CachedPage.Header("Surrogate-Control", "max-age=" + seconds));
        if (!page.tags().isEmpty()) {
            headers.add(new CachedPage.Header("Surrogate-Key", String.join(" ", new TreeSet<>(page.tags()))));
        }
        return new CachedPage(page.status(), headers, page.body(), page.etag(), page.lastModified(), page.storedAt(),
                page.freshUntil(), page.staleWhileRevalidateUntil(), page.staleIfErrorUntil(), page.tags(), page.url(),
                page.path(), page.renderTime());
    }

    @Override
    public CachedPage get(String key) {
        return delegate.get(key);
    }

    @Override
    public void put(String key, CachedPage page) {
        delegate.put(key, withSurrogateHeaders(page));
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

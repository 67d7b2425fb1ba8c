package io.github.toolshed.cache.nginx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.toolshed.cache.CachedPage;
import io.github.toolshed.cache.CaffeinePageStore;
import io.github.toolshed.cache.Purge;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class PublishingPageStoreTest {

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final PagePublisher recorder = new PagePublisher() {
        @Override
        public void publish(CachedPage page) {
            events.add("publish " + page.path());
        }

        @Override
        public void unpublish(CachedPage page) {
            events.add("unpublish " + page.path());
        }
    };
    private final PublishingPageStore store = new PublishingPageStore(CaffeinePageStore.builder().executor(Runnable::run).build(), recorder);

    @Test
    void onlyPagesEveryoneMaySeeArePublished() {
        store.put("a", Pages.page("/a", "a", Duration.ofMinutes(1)));
        store.put("q", Pages.page("/q?x=1", "q", Duration.ofMinutes(1)));
        store.put("stale", Pages.page("/stale", "s", Duration.ofSeconds(-1)));
        CachedPage varying = Pages.page("/v", "v", Duration.ofMinutes(1));
        store.put("v", new CachedPage(200, List.of(new CachedPage.Header("Vary", "Accept-Language")), varying.body(),
                varying.etag(), varying.lastModified(), varying.storedAt(), varying.freshUntil(), varying.freshUntil(),
                varying.freshUntil(), varying.tags(), varying.url(), varying.path(), varying.renderTime()));
        assertEquals(List.of("publish /a"), events);
    }

    @Test
    void everyKindOfPurgeReachesThePublishers() {
        store.put("a", Pages.page("/blog/1", "a", Duration.ofMinutes(1), "post:1"));
        store.put("b", Pages.page("/blog/2", "b", Duration.ofMinutes(1)));
        store.put("c", Pages.page("/about", "c", Duration.ofMinutes(1)));
        events.clear();
        store.invalidate(new Purge.ByTag("post:1"));
        assertEquals(List.of("unpublish /blog/1"), events);
        assertNull(store.get("a"));
        store.invalidate(new Purge.ByPrefix("/blog/"));
        store.invalidate(new Purge.ByKey("c"));
        store.invalidate(new Purge.All());
        assertEquals(List.of("unpublish /blog/1", "unpublish /blog/2", "unpublish /about"), events);
    }

    @Test
    void surrogateHeadersCarryFreshnessAndSortedTags() {
        CachedPage page = SurrogateHeadersStore.withSurrogateHeaders(Pages.page("/s", "s", Duration.ofSeconds(90), "b", "a"));
        assertEquals(List.of("Content-Type", "X-Ünïcode", "Surrogate-Control", "Surrogate-Key"),
                page.headers().stream().map(CachedPage.Header::name).toList());
        assertEquals("max-age=90", page.headers().get(2).value());
        assertEquals("a b", page.headers().get(3).value());
    }

    @Test
    void memcachedKeysAreTheRequestUriOrNothing() {
        MemcachedPublisher publisher = new MemcachedPublisher("127.0.0.1", 1, "page:", Clock.systemUTC());
        assertEquals("page:/blog/1", publisher.keyOf(Pages.page("/blog/1", "x", Duration.ofMinutes(1))));
        assertNull(publisher.keyOf(Pages.page("/a b", "x", Duration.ofMinutes(1))));
        assertNull(publisher.keyOf(Pages.page("/x\r\nflush_all", "x", Duration.ofMinutes(1))));
        assertNull(publisher.keyOf(Pages.page("/" + "a".repeat(250), "x", Duration.ofMinutes(1))));
        // memcached is not running on port 1: publishing must not throw.
        publisher.publish(Pages.page("/blog/1", "x", Duration.ofMinutes(1)));
        publisher.close();
    }
}

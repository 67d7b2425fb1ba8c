package io.github.toolshed.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Purges racing renders, and a store that fails. */
class PageCacheResilienceTest {

    @Test
    void purgeDuringARender_preventsThatRenderFromBeingStored() throws Exception {
        PageCache cache = PageCache.builder().cache("/**").hosts("localhost").build();
        CountDownLatch rendering = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (TestServer server = TestServer.start(cache)) {
            server.handle("/post", (req, res) -> {
                rendering.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                res.getWriter().write("old content");
            });
            CompletableFuture<RawHttp.Response> slow = CompletableFuture.supplyAsync(() -> server.get("/post"));
            assertThat(rendering.await(10, TimeUnit.SECONDS)).isTrue();
            cache.purgeTag("post:1");
            release.countDown();
            assertThat(slow.get(10, TimeUnit.SECONDS).xCache()).isEqualTo("MISS; reason=purged");
            assertThat(server.get("/post").xCache()).isEqualTo("MISS");
            assertThat(server.get("/post").xCache()).isEqualTo("HIT");
        }
    }

    @Test
    void failingStore_neverFailsARequest() {
        PageCache cache = PageCache.builder().cache("/**").hosts("localhost").store(new BrokenStore()).build();
        try (TestServer server = TestServer.start(cache)) {
            for (int i = 0; i < 3; i++) {
                RawHttp.Response r = server.get("/page");
                assertThat(r.status()).isEqualTo(200);
                assertThat(r.body()).isEqualTo("page /page");
            }
            assertThat(server.renders("/page")).isEqualTo(3);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A store whose backend is down. */
    private static final class BrokenStore implements PageStore {

        @Override
        public CachedPage get(String key) {
            throw new IllegalStateException("connection refused");
        }

        @Override
        public void put(String key, CachedPage page) {
            throw new IllegalStateException("connection refused");
        }

        @Override
        public List<String> varyHeaders(String urlKey) {
            throw new IllegalStateException("connection refused");
        }

        @Override
        public void putVaryHeaders(String urlKey, List<String> headerNames, Instant retainUntil) {
            throw new IllegalStateException("connection refused");
        }

        @Override
        public long invalidate(Purge purge) {
            return 0;
        }

        @Override
        public List<Entry> entries(int limit) {
            return List.of();
        }

        @Override
        public Stats stats() {
            return new Stats(0, 0, -1, 0);
        }
    }
}

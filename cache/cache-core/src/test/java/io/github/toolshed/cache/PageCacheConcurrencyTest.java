package io.github.toolshed.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Stampede protection and the memory bound, under real concurrent load on Tomcat. */
class PageCacheConcurrencyTest {

    @Test
    void hundredConcurrentMisses_causeExactlyOneRender() throws Exception {
        PageCache cache = PageCache.builder().cache("/**").hosts("localhost").lockTimeout(Duration.ofSeconds(30)).build();
        AtomicInteger renders = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        try (TestServer server = TestServer.start(cache);
                ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            server.handle("/hot", (req, res) -> {
                renders.incrementAndGet();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                res.getWriter().write("expensive page");
            });
            List<Future<RawHttp.Response>> responses = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                responses.add(clients.submit(() -> server.get("/hot")));
            }
            // The leader is rendering; all 99 others must be parked waiting for it.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (cache.filter().waitingForRender() < 99 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(cache.filter().waitingForRender()).isEqualTo(99);
            release.countDown();
            int hits = 0;
            for (Future<RawHttp.Response> response : responses) {
                RawHttp.Response r = response.get(30, TimeUnit.SECONDS);
                assertThat(r.status()).isEqualTo(200);
                assertThat(r.body()).isEqualTo("expensive page");
                hits += "HIT".equals(r.xCache()) ? 1 : 0;
            }
            assertThat(renders.get()).isEqualTo(1);
            assertThat(hits).isEqualTo(99);
        }
    }

    @Test
    void followersRenderThemselvesWhenTheLeaderExceedsTheLockTimeout() throws Exception {
        PageCache cache = PageCache.builder().cache("/**").hosts("localhost").lockTimeout(Duration.ofMillis(50)).build();
        AtomicInteger renders = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        try (TestServer server = TestServer.start(cache);
                ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            server.handle("/slow", (req, res) -> {
                if (renders.incrementAndGet() == 1) {
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                res.getWriter().write("slow page");
            });
            Future<RawHttp.Response> leader = clients.submit(() -> server.get("/slow"));
            while (renders.get() == 0) {
                Thread.sleep(5);
            }
            RawHttp.Response follower = server.get("/slow");
            assertThat(follower.body()).isEqualTo("slow page");
            assertThat(renders.get()).isEqualTo(2);
            release.countDown();
            assertThat(leader.get(30, TimeUnit.SECONDS).body()).isEqualTo("slow page");
        }
    }

    @Test
    void byteBoundHolds_underAFloodOfDistinctUrls() throws Exception {
        long bound = 256 * 1024;
        CaffeinePageStore store = CaffeinePageStore.builder().maximumBytes(bound).executor(Runnable::run).build();
        PageCache cache = PageCache.builder().cache("/**").hosts("localhost").store(store).build();
        String page = "y".repeat(4 * 1024);
        try (TestServer server = TestServer.start(cache);
                ExecutorService clients = Executors.newFixedThreadPool(8)) {
            List<Future<RawHttp.Response>> responses = new ArrayList<>();
            for (int i = 0; i < 600; i++) {
                String path = "/flood/" + i;
                server.handle(path, (req, res) -> res.getWriter().write(page));
                responses.add(clients.submit(() -> server.get(path)));
            }
            for (Future<RawHttp.Response> response : responses) {
                assertThat(response.get(30, TimeUnit.SECONDS).bodyBytes()).hasSize(page.length());
            }
            // A flood of random query strings on one path is capped before it reaches the store.
            for (int i = 0; i < 100; i++) {
                server.get("/flood/0?r=" + i);
            }
            store.cleanUp();
            PageStore.Stats stats = store.stats();
            assertThat(stats.bytes()).isLessThanOrEqualTo(bound);
            assertThat(stats.entries()).isLessThan(600).isGreaterThan(0);
            assertThat(stats.evictions()).isGreaterThan(0);
        }
    }
}

package io.github.toolshed.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** HTTP semantics of the page cache (HEAD, validators, Age, stale windows, sizes, queries), on a real Tomcat. */
class PageCacheProtocolTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-01-17T10:00:00Z"));
    private static PageCache cache;
    private static TestServer server;

    @BeforeAll
    static void start() {
        cache = PageCache.builder()
                .cache("/p/**")
                .hosts("localhost")
                .defaultTtl(Duration.ofSeconds(60))
                .staleWhileRevalidate(Duration.ofSeconds(30))
                .staleIfError(Duration.ofMinutes(10))
                .maxEntryBytes(64 * 1024)
                .maxQueryVariants(3)
                .clock(CLOCK)
                .build();
        server = TestServer.start(cache);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void head_isAnsweredFromTheGetEntry_andNeverCreatesOne() {
        RawHttp.Response headFirst = server.send("HEAD", "/p/head");
        assertThat(headFirst.xCache()).isEqualTo("MISS; reason=head");
        assertThat(cache.store().entries(1000)).noneMatch(e -> e.page().path().equals("/p/head"));
        RawHttp.Response get = server.get("/p/head");
        assertThat(get.xCache()).isEqualTo("MISS");
        RawHttp.Response head = server.send("HEAD", "/p/head");
        assertThat(head.xCache()).isEqualTo("HIT");
        assertThat(head.header("Content-Length")).isEqualTo(Integer.toString(get.bodyBytes().length));
        assertThat(head.header("Content-Type")).startsWith("text/plain");
        assertThat(server.renders("/p/head")).isEqualTo(2);
    }

    @Test
    void hit_carriesAgeAndTheStoredHeaders() {
        server.handle("/p/age", (req, res) -> {
            res.setContentType("text/html;charset=UTF-8");
            res.setHeader("X-Custom", "kept");
            res.getWriter().write("<p>héllo</p>");
        });
        server.get("/p/age");
        CLOCK.advance(Duration.ofSeconds(7));
        RawHttp.Response hit = server.get("/p/age");
        assertThat(hit.xCache()).isEqualTo("HIT");
        assertThat(hit.header("Age")).isEqualTo("7");
        assertThat(hit.header("X-Custom")).isEqualTo("kept");
        assertThat(hit.header("Content-Type")).isEqualToIgnoringCase("text/html;charset=UTF-8");
        assertThat(hit.body()).isEqualTo("<p>héllo</p>");
        assertThat(hit.header("ETag")).startsWith("\"").endsWith("\"");
    }

    @Test
    void ifNoneMatch_isAnswered304FromTheEntry() {
        RawHttp.Response first = server.get("/p/etag");
        String etag = first.header("ETag");
        assertThat(etag).isNotNull();
        RawHttp.Response notModified = server.get("/p/etag", "If-None-Match: \"other\", " + etag);
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.xCache()).isEqualTo("HIT");
        assertThat(notModified.header("ETag")).isEqualTo(etag);
        assertThat(server.get("/p/etag", "If-None-Match: \"other\"").status()).isEqualTo(200);
        assertThat(server.renders("/p/etag")).isEqualTo(1);
    }

    @Test
    void ifModifiedSince_isAnswered304FromTheEntry() {
        RawHttp.Response first = server.get("/p/ims");
        String lastModified = first.header("Last-Modified");
        assertThat(lastModified).endsWith("GMT");
        assertThat(server.get("/p/ims", "If-Modified-Since: " + lastModified).status()).isEqualTo(304);
        assertThat(server.get("/p/ims", "If-Modified-Since: Sat, 01 Jan 2000 00:00:00 GMT").status()).isEqualTo(200);
    }

    @Test
    void staleWhileRevalidate_servesStaleWhileOneRequestRerenders() throws Exception {
        AtomicInteger version = new AtomicInteger();
        CountDownLatch rendering = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        server.handle("/p/swr", (req, res) -> {
            int v = version.incrementAndGet();
            if (v == 2) {
                rendering.countDown();
                await(release);
            }
            res.getWriter().write("version " + v);
        });
        assertThat(server.get("/p/swr").body()).isEqualTo("version 1");
        CLOCK.advance(Duration.ofSeconds(70));
        CompletableFuture<RawHttp.Response> refresher = CompletableFuture.supplyAsync(() -> server.get("/p/swr"));
        assertThat(rendering.await(10, TimeUnit.SECONDS)).isTrue();
        RawHttp.Response stale = server.get("/p/swr");
        assertThat(stale.xCache()).isEqualTo("STALE");
        assertThat(stale.body()).isEqualTo("version 1");
        release.countDown();
        assertThat(refresher.get(10, TimeUnit.SECONDS).body()).isEqualTo("version 2");
        RawHttp.Response fresh = server.get("/p/swr");
        assertThat(fresh.xCache()).isEqualTo("HIT");
        assertThat(fresh.body()).isEqualTo("version 2");
        assertThat(version.get()).isEqualTo(2);
    }

    @Test
    void staleIfError_servesTheStalePageWhenTheRenderThrowsOrFails() {
        AtomicInteger calls = new AtomicInteger();
        server.handle("/p/sie", (req, res) -> {
            switch (calls.incrementAndGet()) {
                case 1 -> res.getWriter().write("good page");
                case 2 -> throw new IllegalStateException("database down");
                default -> {
                    res.setStatus(503);
                    res.getWriter().write("error page");
                }
            }
        });
        server.get("/p/sie");
        CLOCK.advance(Duration.ofMinutes(2));
        RawHttp.Response afterException = server.get("/p/sie");
        assertThat(afterException.status()).isEqualTo(200);
        assertThat(afterException.xCache()).isEqualTo("STALE");
        assertThat(afterException.body()).isEqualTo("good page");
        RawHttp.Response after503 = server.get("/p/sie");
        assertThat(after503.status()).isEqualTo(200);
        assertThat(after503.body()).isEqualTo("good page");
        CLOCK.advance(Duration.ofMinutes(20));
        assertThat(server.get("/p/sie").status()).isEqualTo(503);
    }

    @Test
    void bodyLargerThanTheEntryLimit_isStreamedIntactAndNotStored() {
        String big = "x".repeat(100 * 1024);
        server.handle("/p/big", (req, res) -> res.getWriter().write(big));
        RawHttp.Response r = server.get("/p/big");
        assertThat(r.xCache()).isEqualTo("MISS; reason=too-large");
        assertThat(r.bodyBytes().length).isEqualTo(big.length());
        assertThat(r.body().equals(big)).as("streamed body is intact").isTrue();
        server.get("/p/big");
        assertThat(server.renders("/p/big")).isEqualTo(2);
    }

    @Test
    void queryStrings_areCanonicalised_andVariantsPerPathAreCapped() {
        server.handle("/p/search", (req, res) -> res.getWriter().write("q=" + req.getParameter("q")));
        assertThat(server.get("/p/search?q=a&page=1").xCache()).isEqualTo("MISS");
        RawHttp.Response reordered = server.get("/p/search?page=1&q=%61");
        assertThat(reordered.xCache()).isEqualTo("HIT");
        assertThat(reordered.body()).isEqualTo("q=a");
        server.get("/p/search?q=b");
        server.get("/p/search?q=c");
        assertThat(server.get("/p/search?q=d").xCache()).isEqualTo("BYPASS; reason=query-variants");
        assertThat(server.get("/p/search?q=%E0%A4").xCache()).isEqualTo("BYPASS; reason=query-malformed");
    }

    @Test
    void purgeByTag_removesExactlyTheTaggedPages() {
        server.handle("/p/post/42", (req, res) -> {
            PageCache.tag(req, "post:42");
            res.getWriter().write("post 42");
        });
        server.handle("/p/index", (req, res) -> {
            res.setHeader(PageCache.TAGS_HEADER, "post:42 post:43");
            res.getWriter().write("index");
        });
        server.handle("/p/post/43", (req, res) -> {
            PageCache.tag(req, "post:43");
            res.getWriter().write("post 43");
        });
        for (String path : List.of("/p/post/42", "/p/index", "/p/post/43")) {
            RawHttp.Response r = server.get(path);
            assertThat(r.header(PageCache.TAGS_HEADER)).isNull();
            assertThat(server.get(path).xCache()).isEqualTo("HIT");
        }
        assertThat(cache.purgeTag("post:42")).isEqualTo(2);
        assertThat(server.get("/p/post/42").xCache()).isEqualTo("MISS");
        assertThat(server.get("/p/index").xCache()).isEqualTo("MISS");
        assertThat(server.get("/p/post/43").xCache()).isEqualTo("HIT");
    }

    @Test
    void purgeByUrlPrefixAndPattern_removeTheMatchingPages() {
        server.get("/p/docs/a?x=1&y=2");
        server.get("/p/docs/b");
        server.get("/p/other/c");
        assertThat(cache.purgeUrl("/p/docs/a?y=2&x=1")).isEqualTo(1);
        assertThat(server.get("/p/docs/a?x=1&y=2").xCache()).isEqualTo("MISS");
        assertThat(cache.purgePrefix("/p/docs/")).isEqualTo(2);
        assertThat(cache.purgeMatching(UrlMatcher.ant("/p/*/c"))).isEqualTo(1);
        assertThat(server.get("/p/other/c").xCache()).isEqualTo("MISS");
        assertThat(cache.purgeUrl("http://localhost:" + server.port() + "/p/other/c")).isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

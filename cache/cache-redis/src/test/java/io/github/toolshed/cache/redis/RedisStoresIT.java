package io.github.toolshed.cache.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.toolshed.cache.FragmentKey;
import io.github.toolshed.cache.Purge;
import io.github.toolshed.cache.UrlMatcher;
import io.github.toolshed.testsupport.RedisServer;
import io.github.toolshed.testsupport.ServerExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("integration")
class RedisStoresIT {

    @RegisterExtension
    static final ServerExtension<RedisServer> redis = ServerExtension.of(RedisServer::start);

    private RedisCacheConnection nodeA;
    private RedisCacheConnection nodeB;
    private RedisPageStore storeA;
    private RedisPageStore storeB;

    @BeforeEach
    void connect() {
        String prefix = "it:" + UUID.randomUUID() + ":";
        nodeA = RedisCacheConnection.create(redis.get().uri());
        nodeB = RedisCacheConnection.create(redis.get().uri());
        storeA = new RedisPageStore(nodeA, prefix, Clock.systemUTC());
        storeB = new RedisPageStore(nodeB, prefix, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        nodeA.close();
        nodeB.close();
    }

    @Test
    void aPageStoredByOneNodeIsReadByAnother() {
        storeA.put("k1", Pages.page("/blog/1", "first post", Duration.ofMinutes(1), "post:1"));
        assertEquals("first post", Pages.body(storeB.get("k1")));
        assertEquals("post:1", storeB.get("k1").tags().iterator().next());
        storeA.putVaryHeaders("u1", List.of("accept-language", "cookie"), Instant.now().plusSeconds(60));
        storeA.putVaryHeaders("u2", List.of(), Instant.now().plusSeconds(60));
        assertEquals(List.of("accept-language", "cookie"), storeB.varyHeaders("u1"));
        assertEquals(List.of(), storeB.varyHeaders("u2"));
        assertNull(storeB.varyHeaders("u3"));
        assertEquals(1, storeB.stats().entries());
        assertEquals("k1", storeB.entries(10).getFirst().key());
    }

    @Test
    void pagesExpireWhenTheirStaleWindowsClose() throws InterruptedException {
        storeA.put("past", Pages.page("/p", "x", Duration.ofSeconds(-1)));
        assertNull(storeB.get("past"));
        storeA.put("short", Pages.page("/s", "x", Duration.ofMillis(300)));
        assertNotNull(storeB.get("short"));
        Thread.sleep(600);
        assertNull(storeB.get("short"));
    }

    @Test
    void purgesByKeyUrlPrefixPatternTagAndAll() {
        storeA.put("a", Pages.page("/blog/1", "a", Duration.ofMinutes(1), "post:1", "blog"));
        storeA.put("b", Pages.page("/blog/2", "b", Duration.ofMinutes(1), "post:2", "blog"));
        storeA.put("c", Pages.page("/about", "c", Duration.ofMinutes(1)));
        storeA.put("d", Pages.page("/news/x", "d", Duration.ofMinutes(1), "blog"));
        storeA.put("e", Pages.page("/shop/y", "e", Duration.ofMinutes(1)));

        assertEquals(1, storeB.invalidate(new Purge.ByTag("post:1")));
        assertNull(storeA.get("a"));
        assertNotNull(storeA.get("b"));
        assertEquals(0, storeB.invalidate(new Purge.ByTag("no-such-tag")));
        assertEquals(1, storeB.invalidate(new Purge.ByUrl("/blog/2")));
        assertNull(storeA.get("b"));
        assertEquals(1, storeB.invalidate(new Purge.ByPrefix("/news/")));
        assertEquals(1, storeB.invalidate(new Purge.ByPattern(UrlMatcher.ant("/shop/**"))));
        assertEquals(1, storeB.invalidate(new Purge.ByKey("c")));
        assertEquals(0, storeB.stats().entries());

        storeA.put("f", Pages.page("/f", "f", Duration.ofMinutes(1)));
        storeB.invalidate(new Purge.All());
        assertNull(storeA.get("f"));
    }

    @Test
    void aTagIndexLivesAsLongAsItsLongestLivedPage() throws InterruptedException {
        storeA.put("long", Pages.page("/l", "l", Duration.ofMinutes(10), "t"));
        storeA.put("short", Pages.page("/s", "s", Duration.ofMillis(200), "t"));
        Thread.sleep(400);
        assertNull(storeB.get("short"));
        assertEquals(1, storeB.invalidate(new Purge.ByTag("t")));
        assertNull(storeA.get("long"));
    }

    @Test
    void fragmentsAreSharedAndPurgedByNameWithoutTouchingSimilarNames() {
        RedisFragmentStore a = new RedisFragmentStore(nodeA, "it:" + UUID.randomUUID() + ":");
        FragmentKey sidebar = FragmentKey.of("a", List.of("user", 1));
        FragmentKey dotted = FragmentKey.of("a.b");
        a.put(sidebar, "<aside>ä</aside>", Duration.ofMinutes(1));
        a.put(dotted, "dotted", null);
        a.put(FragmentKey.of("zero"), "never", Duration.ZERO);
        assertEquals("<aside>ä</aside>", a.get(sidebar));
        assertNull(a.get(FragmentKey.of("zero")));
        assertEquals(1, a.invalidateName("a"));
        assertNull(a.get(sidebar));
        assertEquals("dotted", a.get(dotted));
        assertEquals("rendered", a.getOrRender(FragmentKey.of("r"), Duration.ofMinutes(1), () -> "rendered"));
        assertEquals("rendered", a.getOrRender(FragmentKey.of("r"), Duration.ofMinutes(1), () -> "again"));
        a.invalidateAll();
        assertNull(a.get(dotted));
    }

    @Test
    void redisDownReadsAsAbsentAndReportsItThenRecovers() throws InterruptedException {
        storeA.put("k", Pages.page("/k", "k", Duration.ofMinutes(1)));
        redis.get().kill();
        try {
            assertNull(storeA.get("k"));
            storeA.put("k2", Pages.page("/k2", "k2", Duration.ofMinutes(1)));
            assertEquals(0, storeA.invalidate(new Purge.ByTag("x")));
            assertFalse(storeA.isAvailable());
        } finally {
            redis.get().restart();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (storeA.get("missing") == null && !storeA.isAvailable() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(storeA.isAvailable());
        storeA.put("k3", Pages.page("/k3", "back", Duration.ofMinutes(1)));
        assertEquals("back", Pages.body(storeB.get("k3")));
    }
}

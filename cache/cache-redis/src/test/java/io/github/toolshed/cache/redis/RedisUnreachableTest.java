package io.github.toolshed.cache.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.toolshed.cache.CacheException;
import io.github.toolshed.cache.FragmentKey;
import io.github.toolshed.cache.Purge;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Redis never reachable (nothing listens on port 1): every store degrades, nothing throws. */
class RedisUnreachableTest {

    @Test
    void theTwoLevelStoreKeepsCachingLocallyAndReportsRedisDown() {
        try (RedisCacheConnection redis = RedisCacheConnection.create("redis://127.0.0.1:1", Duration.ofMillis(200), Duration.ofSeconds(30))) {
            TwoLevelPageStore store = TwoLevelPageStore.builder(redis).build();
            store.put("k", Pages.page("/a", "local", Duration.ofMinutes(1), "t"));
            store.putVaryHeaders("u", List.of("accept"), Instant.now().plusSeconds(60));
            assertEquals("local", Pages.body(store.get("k")));
            assertEquals(List.of("accept"), store.varyHeaders("u"));
            assertFalse(store.isAvailable());
            assertEquals(1, store.entries(10).size());
            assertEquals(1, store.invalidate(new Purge.ByTag("t")));
            assertNull(store.get("k"));
        }
    }

    @Test
    void theRedisStoresReadAbsentAndDropWrites() {
        try (RedisCacheConnection redis = RedisCacheConnection.create("redis://127.0.0.1:1", Duration.ofMillis(200), Duration.ofSeconds(30))) {
            RedisPageStore pages = new RedisPageStore(redis);
            pages.put("k", Pages.page("/a", "x", Duration.ofMinutes(1)));
            assertNull(pages.get("k"));
            assertNull(pages.varyHeaders("u"));
            assertEquals(0, pages.invalidate(new Purge.All()));
            assertEquals(List.of(), pages.entries(5));
            assertEquals(-1, pages.stats().entries());
            RedisFragmentStore fragments = new RedisFragmentStore(redis);
            assertEquals("rendered", fragments.getOrRender(FragmentKey.of("f"), Duration.ofMinutes(1), () -> "rendered"));
            assertEquals(0, fragments.invalidateName("f"));
            assertFalse(redis.isAvailable());
        }
    }

    @Test
    void settingsAreCheckedEagerly() {
        assertEquals("commandTimeout must be positive, was PT0S",
                assertThrows(CacheException.class, () -> RedisCacheConnection.create("redis://h", Duration.ZERO, Duration.ofSeconds(1))).getMessage());
        assertThrows(CacheException.class, () -> RedisCacheConnection.create("not a uri", Duration.ofSeconds(1), Duration.ofSeconds(1)));
        try (RedisCacheConnection redis = RedisCacheConnection.create("redis://127.0.0.1:1")) {
            assertEquals("the key prefix must be non-empty and free of glob characters, was a*",
                    assertThrows(CacheException.class, () -> new RedisPageStore(redis, "a*", Clock.systemUTC())).getMessage());
            assertThrows(CacheException.class, () -> new RedisFragmentStore(redis, ""));
            assertEquals("localTtl must be positive, was PT-1S",
                    assertThrows(CacheException.class, () -> TwoLevelPageStore.builder(redis).localTtl(Duration.ofSeconds(-1))).getMessage());
        }
    }
}

package io.github.toolshed.cache.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.toolshed.cache.PageCache;
import io.github.toolshed.testsupport.RedisServer;
import io.github.toolshed.testsupport.ServerExtension;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two nodes, each with its own page filter and two-level store, sharing one real Redis. */
@Tag("integration")
class TwoNodesIT {

    @RegisterExtension
    static final ServerExtension<RedisServer> redis = ServerExtension.of(RedisServer::start);

    private RedisCacheConnection redisA;
    private RedisCacheConnection redisB;
    private PageCache cacheA;
    private Node nodeA;
    private Node nodeB;

    @BeforeEach
    void start() throws Exception {
        String prefix = "nodes:" + UUID.randomUUID() + ":";
        redisA = RedisCacheConnection.create(redis.get().uri(), Duration.ofMillis(300), Duration.ofMillis(200));
        redisB = RedisCacheConnection.create(redis.get().uri(), Duration.ofMillis(300), Duration.ofMillis(200));
        cacheA = PageCache.builder().cache("/**").hosts("example.com")
                .store(TwoLevelPageStore.builder(redisA).prefix(prefix).build()).build();
        PageCache cacheB = PageCache.builder().cache("/**").hosts("example.com")
                .store(TwoLevelPageStore.builder(redisB).prefix(prefix).build()).build();
        nodeA = new Node(cacheA);
        nodeB = new Node(cacheB);
    }

    @AfterEach
    void stop() throws Exception {
        nodeA.close();
        nodeB.close();
        redisA.close();
        redisB.close();
    }

    @Test
    void aPageRenderedOnOneNodeIsServedByTheOtherWithoutRendering() throws Exception {
        String first = nodeA.get("/blog/1").body();
        assertEquals(1, nodeA.renders());
        assertEquals(first, nodeB.get("/blog/1").body());
        assertEquals(first, nodeB.get("/blog/1").body());
        assertEquals(0, nodeB.renders());
    }

    @Test
    void aPurgeOnOneNodeIsSeenByTheOther() throws Exception {
        nodeA.get("/blog/1");
        nodeB.get("/blog/1"); // now in B's local level too
        assertEquals(0, nodeB.renders());
        cacheA.purgeTag("path:/blog/1");
        await(() -> {
            try {
                nodeB.get("/blog/1");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return nodeB.renders() == 1;
        });
        assertEquals(1, nodeB.renders());
    }

    @Test
    void requestsAreServedWhileRedisIsDownAndSharingResumesWhenItIsBack() throws Exception {
        redis.get().kill();
        try {
            for (int i = 0; i < 3; i++) {
                assertEquals(200, nodeA.get("/down").statusCode());
                assertEquals(200, nodeB.get("/down").statusCode());
            }
            assertFalse(redisA.isAvailable());
            // Each node still caches in its own level.
            assertEquals(1, nodeA.renders());
            assertEquals(1, nodeB.renders());
        } finally {
            redis.get().restart();
        }
        await(() -> {
            try {
                nodeA.get("/after/" + System.nanoTime());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return redisA.isAvailable();
        });
        int before = nodeB.renders();
        nodeA.get("/shared-again");
        await(() -> {
            try {
                return nodeB.get("/shared-again").statusCode() == 200 && redisB.isAvailable();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        int rendersNow = nodeB.renders();
        nodeB.get("/shared-again");
        assertEquals(rendersNow, nodeB.renders());
        assertTrue(rendersNow - before <= 1);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(50);
        }
    }
}

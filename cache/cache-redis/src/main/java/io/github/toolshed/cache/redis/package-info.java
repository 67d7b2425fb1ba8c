/**
 * Page and fragment stores in Redis, for several nodes that share one cache, on Lettuce without
 * Spring.
 *
 * <p>How the pieces fit: one {@link io.github.toolshed.cache.redis.RedisCacheConnection} per
 * node owns the Lettuce client, knows whether Redis is reachable and turns failures into
 * "absent" (logged once). {@link io.github.toolshed.cache.redis.RedisPageStore} and
 * {@link io.github.toolshed.cache.redis.RedisFragmentStore} implement cache-core's SPIs on it.
 * {@link io.github.toolshed.cache.redis.TwoLevelPageStore} puts a Caffeine level in front of the
 * Redis page store and spreads invalidations over Redis pub/sub. The binary page format and the
 * invalidation messages are package-private.
 */
package io.github.toolshed.cache.redis;

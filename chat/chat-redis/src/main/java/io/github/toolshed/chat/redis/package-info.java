/**
 * A chat broker on Redis Streams so that several chat nodes serve the same rooms.
 *
 * <p>{@link io.github.toolshed.chat.redis.RedisStreamsBroker} implements the chat server's
 * {@link io.github.toolshed.chat.broker.ChatBroker}: {@code Scripts} append to and replay from one stream
 * per room atomically; a {@code StreamReader} per node reads the streams of rooms with local members and
 * hands entries to each {@code LocalRoom}, which fans them out in order; {@code Presence} keeps members
 * per room with node heartbeats; {@code SignalRelay} carries join, leave and typing over pub/sub.
 * {@link io.github.toolshed.chat.redis.RedisClients} configures Lettuce as the broker expects.
 */
package io.github.toolshed.chat.redis;

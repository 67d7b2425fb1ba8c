package io.github.toolshed.chat.redis;

import io.github.toolshed.chat.broker.ChatMessage;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.XReadArgs.StreamOffset;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's reader: one virtual thread with its own connection, reading every room stream with local
 * members in one blocking {@code XREAD} from the position each room last delivered.
 *
 * <p>After an empty read, and at least every second, it compares the rooms' epochs with Redis to detect
 * lost history. A failed read pauses delivery and is retried after a backoff that doubles from 50 ms to
 * 5 s; the thread never spins.
 */
final class StreamReader {

    private static final Logger log = LoggerFactory.getLogger(StreamReader.class);
    private static final int BATCH = 1024;
    private static final long MIN_BACKOFF_MS = 50;
    private static final long MAX_BACKOFF_MS = 5000;
    private static final long EPOCH_CHECK_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final RedisClient client;
    private final RedisKeys keys;
    private final Duration block;
    private final Map<String, LocalRoom> rooms;
    private final RedisStreamsBroker broker;
    private final ReentrantLock idleLock = new ReentrantLock();
    private final Condition roomAdded = idleLock.newCondition();
    private volatile boolean running = true;
    private volatile StatefulRedisConnection<String, String> connection;
    private Thread thread;

    StreamReader(RedisClient client, RedisKeys keys, Duration block, Map<String, LocalRoom> rooms,
            RedisStreamsBroker broker) {
        this.client = client;
        this.keys = keys;
        this.block = block;
        this.rooms = rooms;
        this.broker = broker;
    }

    void start() {
        thread = Thread.ofVirtual().name("chat-redis-reader").start(this::run);
    }

    /** Wakes the reader when it idles without rooms. */
    void wake() {
        idleLock.lock();
        try {
            roomAdded.signalAll();
        } finally {
            idleLock.unlock();
        }
    }

    void stop() {
        running = false;
        wake();
        if (thread != null) {
            try {
                thread.join(block.toMillis() + 2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        StatefulRedisConnection<String, String> open = connection;
        if (open != null) {
            open.close();
        }
    }

    private void run() {
        long backoff = MIN_BACKOFF_MS;
        long lastEpochCheck = System.nanoTime();
        while (running) {
            Map<String, LocalRoom> byKey = snapshot();
            if (byKey.isEmpty()) {
                idle();
                continue;
            }
            try {
                RedisCommands<String, String> redis = commands();
                List<StreamMessage<String, String>> read = redis.xread(
                        XReadArgs.Builder.block(block.toMillis()).count(BATCH), offsets(byKey));
                broker.resumed();
                deliver(byKey, read);
                long now = System.nanoTime();
                if (read.isEmpty() || now - lastEpochCheck > EPOCH_CHECK_NANOS) {
                    checkEpochs(redis, byKey);
                    lastEpochCheck = now;
                }
                backoff = MIN_BACKOFF_MS;
            } catch (RedisException | IllegalStateException e) {
                if (!running) {
                    break;
                }
                broker.pause("the message store is unreachable; reconnecting");
                log.debug("chat reader failed; retrying in {} ms", backoff, e);
                sleep(backoff);
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
            }
        }
    }

    private RedisCommands<String, String> commands() {
        StatefulRedisConnection<String, String> open = connection;
        if (open == null) {
            // once connected, Lettuce reconnects this connection by itself; meanwhile commands fail fast
            open = client.connect();
            connection = open;
        }
        return open.sync();
    }

    private Map<String, LocalRoom> snapshot() {
        Map<String, LocalRoom> byKey = new LinkedHashMap<>();
        for (LocalRoom room : rooms.values()) {
            byKey.put(keys.log(room.name()), room);
        }
        return byKey;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static StreamOffset<String>[] offsets(Map<String, LocalRoom> byKey) {
        StreamOffset<String>[] offsets = new StreamOffset[byKey.size()];
        int i = 0;
        for (Map.Entry<String, LocalRoom> entry : byKey.entrySet()) {
            offsets[i++] = StreamOffset.from(entry.getKey(), StreamEntries.id(entry.getValue().position()));
        }
        return offsets;
    }

    private static void deliver(Map<String, LocalRoom> byKey, List<StreamMessage<String, String>> read) {
        Map<LocalRoom, List<ChatMessage>> batches = new HashMap<>();
        for (StreamMessage<String, String> entry : read) {
            LocalRoom room = byKey.get(entry.getStream());
            if (room != null) {
                batches.computeIfAbsent(room, r -> new ArrayList<>())
                        .add(StreamEntries.message(room.name(), entry.getId(), entry.getBody()));
            }
        }
        batches.forEach(LocalRoom::deliver);
    }

    private void checkEpochs(RedisCommands<String, String> redis, Map<String, LocalRoom> byKey) {
        for (LocalRoom room : byKey.values()) {
            String epoch = redis.hget(keys.meta(room.name()), "epoch");
            if (room.checkEpoch(epoch)) {
                log.warn("chat room {}: history lost, epoch now {}", room.name(), epoch);
            }
        }
    }

    private void idle() {
        idleLock.lock();
        try {
            if (running && rooms.isEmpty()) {
                roomAdded.await(block.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            idleLock.unlock();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

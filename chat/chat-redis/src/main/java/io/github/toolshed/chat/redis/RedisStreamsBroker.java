package io.github.toolshed.chat.redis;

import io.github.toolshed.chat.ChatException;
import io.github.toolshed.chat.ErrorCode;
import io.github.toolshed.chat.broker.AppendResult;
import io.github.toolshed.chat.broker.ChatBroker;
import io.github.toolshed.chat.broker.Member;
import io.github.toolshed.chat.broker.MessageDraft;
import io.github.toolshed.chat.broker.Replay;
import io.github.toolshed.chat.broker.RoomListener;
import io.github.toolshed.chat.broker.Signal;
import io.github.toolshed.chat.broker.Subscription;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link ChatBroker} for several nodes on Redis Streams: one stream per room, appended by a Lua script
 * that assigns the offset, de-duplicates clientIds and detects lost history; each node reads the streams
 * of the rooms it has members in with blocking {@code XREAD}s on a virtual thread and fans out locally.
 * Presence is a sorted set per room whose entries belong to nodes with a heartbeat key and a TTL;
 * signals travel over pub/sub.
 *
 * <p>When Redis is unreachable, appends and joins fail with {@link ErrorCode#UNAVAILABLE}, subscribers
 * are told delivery is paused, and the reader retries with exponential backoff; once Redis answers again
 * it continues from the last offset it delivered, so nothing Redis kept is skipped. What Redis lost (a
 * restart without persistence) shows as a new epoch: the room's subscribers are told, never silently
 * skipped.
 */
public final class RedisStreamsBroker implements ChatBroker {

    private static final Logger log = LoggerFactory.getLogger(RedisStreamsBroker.class);

    private final RedisBrokerSettings settings;
    private final RedisKeys keys;
    private final Clock clock;
    private final StatefulRedisConnection<String, String> connection;
    private final RedisCommands<String, String> commands;
    private final Scripts scripts;
    private final Map<String, LocalRoom> rooms = new ConcurrentHashMap<>();
    private final StreamReader reader;
    private final Presence presence;
    private final SignalRelay signals;
    private final AtomicBoolean paused = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * Creates a broker on a client the caller owns (and shuts down after closing the broker); connects
     * at once and starts the reader and heartbeat threads.
     *
     * @param client the Lettuce client, configured with {@link RedisClients#options()} or similar
     * @param settings the broker's settings
     * @throws RedisException when Redis cannot be reached
     */
    public RedisStreamsBroker(RedisClient client, RedisBrokerSettings settings) {
        this(client, settings, Clock.systemUTC());
    }

    /**
     * Creates a broker with a clock for message timestamps.
     *
     * @param client the Lettuce client
     * @param settings the broker's settings
     * @param clock the clock for {@code ts}
     */
    public RedisStreamsBroker(RedisClient client, RedisBrokerSettings settings, Clock clock) {
        this.settings = settings;
        this.keys = new RedisKeys(settings.keyPrefix());
        this.clock = clock;
        this.connection = client.connect();
        this.commands = connection.sync();
        this.scripts = new Scripts(commands);
        this.signals = new SignalRelay(client, keys, settings.nodeId(), rooms);
        this.presence = new Presence(connection, keys, settings, rooms);
        this.reader = new StreamReader(client, keys, settings.readBlock(), rooms, this);
        presence.start();
        reader.start();
    }

    /**
     * Returns this node's id in presence.
     *
     * @return the node id
     */
    public String nodeId() {
        return settings.nodeId();
    }

    @Override
    public Subscription subscribe(String room, Member member, Replay replay, RoomListener listener) {
        String[] args = switch (replay) {
            case Replay.Recent recent -> new String[] {newEpoch(), "recent", String.valueOf(recent.count()), "", "0"};
            case Replay.After after -> new String[] {newEpoch(), "after", String.valueOf(after.fallback()),
                    after.epoch(), String.valueOf(after.offset())};
        };
        while (true) {
            LocalRoom local = localRoom(room);
            Object key;
            try {
                key = local.subscribe(member, listener,
                        () -> available(() -> scripts.history(commands, keys, room, args)));
            } catch (RuntimeException e) {
                if (local.retireIfEmpty()) {
                    rooms.remove(room, local);
                    signals.unwatch(room);
                }
                throw e;
            }
            if (key == null) {
                rooms.remove(room, local);
                continue;
            }
            reader.wake();
            presence.joined(room, member);
            AtomicBoolean done = new AtomicBoolean();
            return () -> {
                if (done.compareAndSet(false, true)) {
                    if (local.unsubscribe(key)) {
                        rooms.remove(room, local);
                        signals.unwatch(room);
                    }
                    presence.left(room, member);
                }
            };
        }
    }

    private LocalRoom localRoom(String room) {
        LocalRoom existing = rooms.get(room);
        if (existing != null) {
            return existing;
        }
        if (rooms.size() >= settings.maxRooms()) {
            throw new ChatException(ErrorCode.TOO_MANY_ROOMS, "this node holds " + settings.maxRooms()
                    + " rooms with members");
        }
        LocalRoom created = rooms.computeIfAbsent(room, LocalRoom::new);
        signals.watch(room);
        return created;
    }

    @Override
    public AppendResult append(String room, MessageDraft draft) {
        String[] args = {newEpoch(), String.valueOf(settings.retainedHistory()), draft.from(), draft.nick(),
                draft.text(), String.valueOf(clock.millis()), draft.clientId() == null ? "" : draft.clientId()};
        Scripts.Appended appended = available(() -> scripts.append(commands, keys, room, args));
        LocalRoom local = rooms.get(room);
        if (local != null && local.checkEpoch(appended.epoch())) {
            log.warn("chat room {}: history lost, new epoch {}", room, appended.epoch());
        }
        return new AppendResult(appended.message(), appended.duplicate());
    }

    @Override
    public void publish(String room, Signal signal) {
        LocalRoom local = rooms.get(room);
        if (local != null) {
            local.signal(signal);
        }
        signals.publish(room, signal);
    }

    @Override
    public List<Member> members(String room) {
        try {
            return presence.members(room);
        } catch (RedisException e) {
            LocalRoom local = rooms.get(room);
            return local == null ? List.of() : local.members();
        }
    }

    @Override
    public int roomCount() {
        return rooms.size();
    }

    /**
     * Checks the broker for a health probe: closed, Redis not answering a {@code PING} (within the
     * client's command timeout), or live delivery paused because the stream reader lost Redis.
     *
     * @return the state, with the reason when it is not up
     */
    public BrokerStatus status() {
        if (closed.get()) {
            return BrokerStatus.down("the broker is closed", rooms.size());
        }
        long started = System.nanoTime();
        try {
            commands.ping();
        } catch (RedisException e) {
            return BrokerStatus.down("Redis does not answer: " + e.getMessage(), rooms.size());
        }
        if (paused.get()) {
            return BrokerStatus.down("live delivery is paused until the stream reader reaches Redis again",
                    rooms.size());
        }
        return BrokerStatus.up(Duration.ofNanos(System.nanoTime() - started), rooms.size());
    }

    /** Stops the threads, removes this node's members from presence and closes the connections. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            reader.stop();
            presence.stop(true);
            signals.close();
            connection.close();
        }
    }

    /** Stops like a crashed node: no presence cleanup, connections dropped. For tests of node failure. */
    void halt() {
        if (closed.compareAndSet(false, true)) {
            reader.stop();
            presence.stop(false);
            signals.close();
            connection.close();
        }
    }

    /** Called by the reader when Redis stops answering: every subscriber learns delivery is paused, once. */
    void pause(String reason) {
        if (paused.compareAndSet(false, true)) {
            log.warn("chat delivery paused: {}", reason);
            rooms.values().forEach(room -> room.paused(reason));
        }
    }

    /** Called by the reader after a successful read. */
    void resumed() {
        if (paused.compareAndSet(true, false)) {
            log.info("chat delivery resumed");
        }
    }

    private <T> T available(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (RedisException e) {
            pause("Redis is unreachable");
            throw new ChatException(ErrorCode.UNAVAILABLE,
                    "delivery paused: the message store is unreachable; re-send later with the same clientId");
        }
    }

    private static String newEpoch() {
        return UUID.randomUUID().toString().substring(0, 13);
    }
}

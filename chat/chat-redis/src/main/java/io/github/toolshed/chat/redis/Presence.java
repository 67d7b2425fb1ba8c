package io.github.toolshed.chat.redis;

import io.github.toolshed.chat.broker.Member;
import io.lettuce.core.KeyValue;
import io.lettuce.core.RedisException;
import io.lettuce.core.ScoredValue;
import io.lettuce.core.SetArgs;
import io.lettuce.core.ZAddArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Presence across nodes: a sorted set per room of {@code node, session, nick} entries scored by join time,
 * and one heartbeat key per node that expires after the presence TTL.
 *
 * <p>Readers keep only entries whose node's heartbeat is alive and remove the others, so a crashed node's
 * members disappear within one TTL. Each heartbeat also re-asserts this node's members (Redis may have
 * restarted empty) and retries removals that failed while Redis was down.
 */
final class Presence {

    private static final Logger log = LoggerFactory.getLogger(Presence.class);

    private record Entry(String room, String value) {}

    private final RedisCommands<String, String> commands;
    private final RedisKeys keys;
    private final RedisBrokerSettings settings;
    private final Map<String, LocalRoom> rooms;
    private final Map<Entry, Long> mine = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Entry> pendingRemovals = new ConcurrentLinkedQueue<>();
    private volatile boolean running = true;
    private Thread thread;

    Presence(StatefulRedisConnection<String, String> connection, RedisKeys keys, RedisBrokerSettings settings,
            Map<String, LocalRoom> rooms) {
        this.commands = connection.sync();
        this.keys = keys;
        this.settings = settings;
        this.rooms = rooms;
    }

    void start() {
        beat();
        thread = Thread.ofVirtual().name("chat-redis-heartbeat").start(this::run);
    }

    void joined(String room, Member member) {
        Entry entry = new Entry(room, RedisKeys.presenceEntry(settings.nodeId(), member));
        long now = System.currentTimeMillis();
        mine.put(entry, now);
        try {
            commands.zadd(keys.members(room), ZAddArgs.Builder.nx(), now, entry.value());
        } catch (RedisException e) {
            log.debug("presence join of {} in {} deferred to the next heartbeat", member, room, e);
        }
    }

    void left(String room, Member member) {
        Entry entry = new Entry(room, RedisKeys.presenceEntry(settings.nodeId(), member));
        mine.remove(entry);
        try {
            commands.zrem(keys.members(room), entry.value());
        } catch (RedisException e) {
            pendingRemovals.add(entry);
        }
    }

    /** The members of a room on live nodes, in joining order; removes entries of dead nodes. */
    List<Member> members(String room) {
        String key = keys.members(room);
        List<ScoredValue<String>> entries = commands.zrangeWithScores(key, 0, -1);
        if (entries.isEmpty()) {
            return List.of();
        }
        Set<String> nodes = new LinkedHashSet<>();
        entries.forEach(entry -> nodes.add(RedisKeys.nodeOf(entry.getValue())));
        List<String> nodeList = new ArrayList<>(nodes);
        List<KeyValue<String, String>> beats = commands.mget(nodeList.stream().map(keys::node).toArray(String[]::new));
        Set<String> alive = new LinkedHashSet<>();
        for (int i = 0; i < nodeList.size(); i++) {
            if (beats.get(i).hasValue() || nodeList.get(i).equals(settings.nodeId())) {
                alive.add(nodeList.get(i));
            }
        }
        List<Member> members = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        for (ScoredValue<String> entry : entries) {
            Member member = RedisKeys.memberOf(entry.getValue());
            if (member != null && alive.contains(RedisKeys.nodeOf(entry.getValue()))) {
                if (!members.contains(member)) {
                    members.add(member);
                }
            } else {
                stale.add(entry.getValue());
            }
        }
        if (!stale.isEmpty()) {
            commands.zrem(key, stale.toArray(String[]::new));
        }
        return members;
    }

    void stop(boolean cleanUp) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
        if (cleanUp) {
            try {
                for (Entry entry : mine.keySet()) {
                    commands.zrem(keys.members(entry.room()), entry.value());
                }
                commands.del(keys.node(settings.nodeId()));
            } catch (RedisException e) {
                log.debug("presence clean-up failed; entries expire with the heartbeat", e);
            }
        }
        mine.clear();
    }

    private void run() {
        long period = Math.max(100, settings.presenceTtl().toMillis() / 3);
        while (running) {
            try {
                Thread.sleep(period);
            } catch (InterruptedException e) {
                return;
            }
            if (running) {
                beat();
            }
        }
    }

    private void beat() {
        try {
            commands.set(keys.node(settings.nodeId()), "1", SetArgs.Builder.px(settings.presenceTtl().toMillis()));
            for (Map.Entry<Entry, Long> entry : mine.entrySet()) {
                if (rooms.containsKey(entry.getKey().room())) {
                    commands.zadd(keys.members(entry.getKey().room()), ZAddArgs.Builder.nx(), entry.getValue(),
                            entry.getKey().value());
                }
            }
            Entry removal;
            while ((removal = pendingRemovals.poll()) != null) {
                commands.zrem(keys.members(removal.room()), removal.value());
            }
        } catch (RedisException e) {
            log.debug("chat heartbeat failed", e);
        }
    }
}

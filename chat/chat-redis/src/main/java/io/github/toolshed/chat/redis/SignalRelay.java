package io.github.toolshed.chat.redis;

import io.github.toolshed.chat.broker.Member;
import io.github.toolshed.chat.broker.Signal;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Relays signals (join, leave, typing) between nodes over one pub/sub channel per room. Signals are not
 * stored: a node that is disconnected misses them, as the protocol allows.
 *
 * <p>Lettuce calls the listener on its I/O threads, which must never wait for a room's lock (the lock's
 * holder may be waiting for a Redis reply on that very thread), so received signals go through a queue
 * to one virtual thread.
 */
final class SignalRelay {

    private static final Logger log = LoggerFactory.getLogger(SignalRelay.class);
    private static final String STOP = new String("stop");

    private record Received(String channel, String payload) {}

    private final RedisKeys keys;
    private final String nodeId;
    private final Map<String, LocalRoom> rooms;
    private final StatefulRedisPubSubConnection<String, String> pubSub;
    private final LinkedBlockingQueue<Received> queue = new LinkedBlockingQueue<>();
    private final Thread worker;

    SignalRelay(RedisClient client, RedisKeys keys, String nodeId, Map<String, LocalRoom> rooms) {
        this.keys = keys;
        this.nodeId = nodeId;
        this.rooms = rooms;
        this.pubSub = client.connectPubSub();
        pubSub.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                queue.add(new Received(channel, message));
            }
        });
        this.worker = Thread.ofVirtual().name("chat-redis-signals").start(this::run);
    }

    /** Subscribes to a room's channel; commands on one connection keep their order. */
    synchronized void watch(String room) {
        pubSub.async().subscribe(keys.signals(room));
    }

    /** Unsubscribes unless the room came back meanwhile (then its new watch must stand). */
    synchronized void unwatch(String room) {
        if (!rooms.containsKey(room)) {
            pubSub.async().unsubscribe(keys.signals(room));
        }
    }

    void publish(String room, Signal signal) {
        try {
            pubSub.async().publish(keys.signals(room), encode(nodeId, signal));
        } catch (RedisException e) {
            log.debug("signal for room {} not relayed", room, e);
        }
    }

    void close() {
        queue.add(new Received(STOP, STOP));
        pubSub.close();
    }

    private void run() {
        try {
            while (true) {
                Received received = queue.take();
                if (received.channel() == STOP) {
                    return;
                }
                String room = keys.roomOfSignals(received.channel());
                LocalRoom local = room == null ? null : rooms.get(room);
                Origin origin = decode(received.payload());
                if (local != null && origin != null && !origin.nodeId().equals(nodeId)) {
                    local.signal(origin.signal());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A decoded signal and the node that sent it. */
    record Origin(String nodeId, Signal signal) {}

    static String encode(String nodeId, Signal signal) {
        String sep = RedisKeys.SEPARATOR;
        return switch (signal) {
            case Signal.Typing typing -> String.join(sep, nodeId, "t", typing.member().sessionId(), typing.member().nick());
            case Signal.Joined joined -> String.join(sep, nodeId, "j", joined.member().sessionId(), joined.member().nick());
            case Signal.Left left -> String.join(sep, nodeId, left.disconnected() ? "d" : "l",
                    left.member().sessionId(), left.member().nick());
        };
    }

    /** Decodes a payload, or returns null for a malformed one. */
    static Origin decode(String payload) {
        String[] parts = payload.split(RedisKeys.SEPARATOR, 4);
        if (parts.length != 4) {
            return null;
        }
        Member member = new Member(parts[2], parts[3]);
        Signal signal = switch (parts[1]) {
            case "t" -> new Signal.Typing(member);
            case "j" -> new Signal.Joined(member);
            case "l" -> new Signal.Left(member, false);
            case "d" -> new Signal.Left(member, true);
            default -> null;
        };
        return signal == null ? null : new Origin(parts[0], signal);
    }
}

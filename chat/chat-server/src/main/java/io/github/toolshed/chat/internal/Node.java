package io.github.toolshed.chat.internal;

import io.github.toolshed.chat.ChatMetrics;
import io.github.toolshed.chat.ChatSettings;
import io.github.toolshed.chat.CloseCodes;
import io.github.toolshed.chat.Connection;
import io.github.toolshed.chat.Transport;
import io.github.toolshed.chat.broker.ChatBroker;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import tools.jackson.databind.json.JsonMapper;

/**
 * The machinery behind {@link io.github.toolshed.chat.ChatServer}: the session registry, connection
 * caps, the local room index, and one ticker thread for heartbeats, stalled writes and coalesced presence.
 */
public final class Node implements AutoCloseable {

    private final ChatSettings settings;
    private final ChatBroker broker;
    private final ChatMetrics metrics;
    private final JsonMapper json = JsonMapper.builder().build();
    private final ServerFrames frames = new ServerFrames();
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> perAddress = new ConcurrentHashMap<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final Map<String, Set<Session>> local = new ConcurrentHashMap<>();
    private final Map<String, PresenceChange> presenceDirty = new ConcurrentHashMap<>();
    private final Thread ticker;
    private volatile boolean closed;

    /**
     * Creates a node and starts its ticker.
     *
     * @param settings the limits
     * @param broker the broker
     * @param metrics the metrics sink
     */
    public Node(ChatSettings settings, ChatBroker broker, ChatMetrics metrics) {
        this.settings = settings;
        this.broker = broker;
        this.metrics = metrics;
        this.ticker = Thread.ofVirtual().name("chat-ticker").start(this::tickLoop);
    }

    ChatSettings settings() {
        return settings;
    }

    ChatBroker broker() {
        return broker;
    }

    ChatMetrics metrics() {
        return metrics;
    }

    JsonMapper json() {
        return json;
    }

    ServerFrames frames() {
        return frames;
    }

    /**
     * Accepts a connection unless a cap is reached, in which case the transport is closed with 1013.
     *
     * @param transport the connection's network side
     * @return the connection, or empty when refused
     */
    public Optional<Connection> open(Transport transport) {
        String address = transport.remoteAddress();
        if (closed || !reserve(address)) {
            metrics.connectionRefused();
            transport.close(closed ? CloseCodes.GOING_AWAY : CloseCodes.TRY_AGAIN_LATER,
                    closed ? "server shutting down" : "too many connections");
            return Optional.empty();
        }
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        Session session = new Session(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), transport, this);
        sessions.put(session.sessionId(), session);
        metrics.connectionOpened();
        session.start();
        return Optional.of(session);
    }

    private boolean reserve(String address) {
        if (connections.incrementAndGet() > settings.maxConnections()) {
            connections.decrementAndGet();
            return false;
        }
        AtomicInteger count = perAddress.computeIfAbsent(address, a -> new AtomicInteger());
        if (count.incrementAndGet() > settings.maxConnectionsPerAddress()) {
            release(address);
            return false;
        }
        return true;
    }

    private void release(String address) {
        connections.decrementAndGet();
        perAddress.computeIfPresent(address, (a, count) -> count.decrementAndGet() <= 0 ? null : count);
    }

    void unregister(Session session) {
        if (sessions.remove(session.sessionId(), session)) {
            release(session.remoteAddress());
            metrics.connectionClosed();
        }
    }

    /**
     * Returns the number of open connections.
     *
     * @return the count
     */
    public int connectionCount() {
        return sessions.size();
    }

    void joinedLocally(String room, Session session) {
        local.computeIfAbsent(room, r -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void leftLocally(String room, Session session) {
        local.computeIfPresent(room, (r, members) -> members.remove(session) && members.isEmpty() ? null : members);
    }

    /** Notes that a room's membership changed; the ticker broadcasts the new list later, see {@link #presenceDue}. */
    void presenceChanged(String room) {
        long now = System.nanoTime();
        presenceDirty.compute(room, (r, change) -> change == null ? new PresenceChange(now) : change.touch(now));
    }

    /**
     * A room's pending presence broadcast, debounced: it goes out once the room was quiet for one
     * presence interval, or, while members keep coming and going, at the latest after one interval per
     * {@value #MEMBERS_PER_INTERVAL} members. A broadcast costs members × list size, so a crowd joining
     * gets few full lists instead of one per join per member.
     */
    private static final class PresenceChange {
        private final long first;
        private volatile long last;

        PresenceChange(long now) {
            this.first = now;
            this.last = now;
        }

        PresenceChange touch(long now) {
            last = now;
            return this;
        }
    }

    private static final int MEMBERS_PER_INTERVAL = 50;

    static boolean presenceDue(long first, long last, long now, long period, int members) {
        long longest = period * Math.max(1, (members + MEMBERS_PER_INTERVAL - 1) / MEMBERS_PER_INTERVAL);
        return now - last >= period || now - first >= longest;
    }

    private void broadcastPresence(long now, long period) {
        for (Map.Entry<String, PresenceChange> entry : presenceDirty.entrySet()) {
            String room = entry.getKey();
            PresenceChange change = entry.getValue();
            Set<Session> members = local.get(room);
            if (members == null || members.isEmpty()) {
                presenceDirty.remove(room, change);
            } else if (presenceDue(change.first, change.last, now, period, members.size())
                    && presenceDirty.remove(room, change)) {
                String frame = ServerFrames.presence(room, broker.members(room));
                members.forEach(member -> member.presence(frame));
            }
        }
    }

    private void tickLoop() {
        long period = settings.presenceInterval().toNanos();
        while (!closed) {
            LockSupport.parkNanos(period);
            long now = System.nanoTime();
            broadcastPresence(now, period);
            sessions.values().forEach(session -> session.tick(now));
        }
    }

    /** Closes every session with 1001 and stops the ticker. */
    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(ticker);
        sessions.values().forEach(session -> session.terminate(CloseCodes.GOING_AWAY, "server shutting down"));
    }
}

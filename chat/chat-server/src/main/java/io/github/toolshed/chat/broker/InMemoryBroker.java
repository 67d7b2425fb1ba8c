package io.github.toolshed.chat.broker;

import io.github.toolshed.chat.ChatException;
import io.github.toolshed.chat.ErrorCode;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The embedded broker: every room's log, subscribers and presence live in this process.
 *
 * <p>Each room keeps its last {@code retainedHistory} messages; the epoch is chosen when the room is
 * created, so a restarted process (or a room evicted to make space) starts a new epoch and resuming
 * clients are told their gap cannot be filled. When the room cap is reached, the least recently active
 * room without members is evicted; if every room has members, new rooms are refused.
 */
public final class InMemoryBroker implements ChatBroker {

    private final int retainedHistory;
    private final int maxRooms;
    private final Clock clock;
    private final Map<String, RoomLog> rooms = new ConcurrentHashMap<>();

    /**
     * Creates a broker.
     *
     * @param retainedHistory messages kept per room (e.g. 1,000)
     * @param maxRooms rooms held at once (e.g. 10,000)
     */
    public InMemoryBroker(int retainedHistory, int maxRooms) {
        this(retainedHistory, maxRooms, Clock.systemUTC());
    }

    /**
     * Creates a broker with a clock for message timestamps.
     *
     * @param retainedHistory messages kept per room
     * @param maxRooms rooms held at once
     * @param clock the clock for {@link ChatMessage#ts()}
     */
    public InMemoryBroker(int retainedHistory, int maxRooms, Clock clock) {
        if (retainedHistory < 1) {
            throw new IllegalArgumentException("retainedHistory must be positive but was " + retainedHistory);
        }
        if (maxRooms < 1) {
            throw new IllegalArgumentException("maxRooms must be positive but was " + maxRooms);
        }
        this.retainedHistory = retainedHistory;
        this.maxRooms = maxRooms;
        this.clock = clock;
    }

    @Override
    public Subscription subscribe(String room, Member member, Replay replay, RoomListener listener) {
        return withRoom(room, true, log -> log.subscribe(member, replay, listener));
    }

    @Override
    public AppendResult append(String room, MessageDraft draft) {
        return withRoom(room, true, log -> log.append(draft, clock.millis()));
    }

    @Override
    public void publish(String room, Signal signal) {
        RoomLog log = rooms.get(room);
        if (log != null) {
            log.publish(signal);
        }
    }

    @Override
    public List<Member> members(String room) {
        RoomLog log = rooms.get(room);
        return log == null ? List.of() : log.members();
    }

    @Override
    public int roomCount() {
        return rooms.size();
    }

    @Override
    public void close() {
        rooms.clear();
    }

    /** Runs an action on a live room, retrying when it raced with the room's eviction. */
    private <T> T withRoom(String room, boolean create, Function<RoomLog, T> action) {
        while (true) {
            RoomLog log = rooms.get(room);
            if (log == null && create) {
                log = createRoom(room);
            }
            T result = log.ifLive(action);
            if (result != null) {
                return result;
            }
        }
    }

    private RoomLog createRoom(String room) {
        if (rooms.size() >= maxRooms && !rooms.containsKey(room)) {
            evictOneIdleRoom();
        }
        return rooms.computeIfAbsent(room, name -> new RoomLog(name, retainedHistory));
    }

    private void evictOneIdleRoom() {
        rooms.values().stream()
                .filter(RoomLog::idle)
                .sorted(Comparator.comparingLong(RoomLog::lastActivity))
                .filter(RoomLog::retireIfIdle)
                .findFirst()
                .ifPresentOrElse(
                        retired -> rooms.remove(retired.name(), retired),
                        () -> {
                            throw new ChatException(ErrorCode.TOO_MANY_ROOMS,
                                    "the server holds " + maxRooms + " rooms, all with members");
                        });
    }
}

package io.github.toolshed.chat.broker;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * One room of the {@link InMemoryBroker}: a bounded log, the clientId index and the subscribers.
 *
 * <p>One lock guards everything, and listeners are called while it is held, so every subscriber sees
 * the same order and a new subscriber's replay joins its live messages exactly.
 */
final class RoomLog {

    private final String name;
    private final int retained;
    private final String epoch = UUID.randomUUID().toString().substring(0, 13);
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<ChatMessage> log = new ArrayDeque<>();
    private final Map<String, ChatMessage> byClientId = new HashMap<>();
    private final Map<Object, Sub> subscribers = new LinkedHashMap<>();
    private long lastOffset;
    private volatile long lastActivity = System.nanoTime();
    private boolean retired;

    private record Sub(Member member, RoomListener listener) {}

    RoomLog(String name, int retained) {
        this.name = name;
        this.retained = retained;
    }

    String name() {
        return name;
    }

    long lastActivity() {
        return lastActivity;
    }

    boolean idle() {
        lock.lock();
        try {
            return subscribers.isEmpty();
        } finally {
            lock.unlock();
        }
    }

    /** Marks the room retired if it has no subscribers; a retired room refuses every operation. */
    boolean retireIfIdle() {
        lock.lock();
        try {
            if (subscribers.isEmpty()) {
                retired = true;
            }
            return retired;
        } finally {
            lock.unlock();
        }
    }

    /** Runs the action unless the room was retired, in which case it returns null so the caller retries. */
    <T> T ifLive(Function<RoomLog, T> action) {
        lock.lock();
        try {
            return retired ? null : action.apply(this);
        } finally {
            lock.unlock();
        }
    }

    Subscription subscribe(Member member, Replay replay, RoomListener listener) {
        lastActivity = System.nanoTime();
        listener.onHistory(history(replay));
        Object key = new Object();
        subscribers.put(key, new Sub(member, listener));
        return () -> {
            lock.lock();
            try {
                subscribers.remove(key);
                lastActivity = System.nanoTime();
            } finally {
                lock.unlock();
            }
        };
    }

    private History history(Replay replay) {
        return switch (replay) {
            case Replay.Recent recent -> new History(name, epoch, recent(recent.count()), null);
            case Replay.After after -> {
                long oldest = log.isEmpty() ? lastOffset + 1 : log.peekFirst().offset();
                boolean fillable = epoch.equals(after.epoch())
                        && after.offset() >= oldest - 1
                        && after.offset() <= lastOffset;
                yield fillable
                        ? new History(name, epoch, since(after.offset()), true)
                        : new History(name, epoch, recent(after.fallback()), false);
            }
        };
    }

    private List<ChatMessage> recent(int count) {
        int skip = Math.max(0, log.size() - count);
        return log.stream().skip(skip).toList();
    }

    private List<ChatMessage> since(long offset) {
        List<ChatMessage> out = new ArrayList<>();
        for (ChatMessage message : log) {
            if (message.offset() > offset) {
                out.add(message);
            }
        }
        return out;
    }

    AppendResult append(MessageDraft draft, long now) {
        lastActivity = System.nanoTime();
        if (draft.clientId() != null) {
            ChatMessage earlier = byClientId.get(draft.clientId());
            if (earlier != null) {
                return new AppendResult(earlier, true);
            }
        }
        ChatMessage message = new ChatMessage(name, ++lastOffset, draft.from(), draft.nick(), draft.text(), now,
                draft.clientId());
        log.addLast(message);
        if (message.clientId() != null) {
            byClientId.put(message.clientId(), message);
        }
        while (log.size() > retained) {
            ChatMessage dropped = log.removeFirst();
            if (dropped.clientId() != null) {
                byClientId.remove(dropped.clientId(), dropped);
            }
        }
        for (Sub sub : subscribers.values()) {
            sub.listener().onMessage(message);
        }
        return new AppendResult(message, false);
    }

    void publish(Signal signal) {
        lock.lock();
        try {
            for (Sub sub : subscribers.values()) {
                sub.listener().onSignal(signal);
            }
        } finally {
            lock.unlock();
        }
    }

    List<Member> members() {
        lock.lock();
        try {
            return subscribers.values().stream().map(Sub::member).distinct().toList();
        } finally {
            lock.unlock();
        }
    }
}

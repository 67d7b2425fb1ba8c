package io.github.toolshed.chat.redis;

import io.github.toolshed.chat.broker.ChatMessage;
import io.github.toolshed.chat.broker.History;
import io.github.toolshed.chat.broker.Member;
import io.github.toolshed.chat.broker.RoomListener;
import io.github.toolshed.chat.broker.Signal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One room as seen by one node: its local subscribers, the epoch they share and the reader's position in
 * the room's stream.
 *
 * <p>One lock orders everything a subscriber receives. A subscriber remembers the last offset its replay
 * covered ({@code startAfter}); the reader may still deliver older entries to the room, which that
 * subscriber skips, so replay and live messages meet without a gap or an overlap.
 */
final class LocalRoom {

    private record Sub(Member member, RoomListener listener, long startAfter) {}

    private final String name;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<Object, Sub> subscribers = new LinkedHashMap<>();
    private String epoch;
    private volatile long position;
    private boolean retired;

    LocalRoom(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    /** The offset after which the reader reads this room's stream. */
    long position() {
        return position;
    }

    String epoch() {
        lock.lock();
        try {
            return epoch;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Adds a subscriber with the replay the supplier fetches, under the room's lock; returns its key, or null
     * when the room was retired (the caller retries with a new room).
     */
    Object subscribe(Member member, RoomListener listener, Supplier<Scripts.Replayed> replay) {
        lock.lock();
        try {
            if (retired) {
                return null;
            }
            Scripts.Replayed history = replay.get();
            if (epoch == null || !epoch.equals(history.epoch())) {
                if (epoch != null) {
                    loseHistory("the room's history was lost (new epoch " + history.epoch() + ")");
                }
                epoch = history.epoch();
                position = history.last();
            }
            listener.onHistory(new History(name, history.epoch(), history.messages(), history.recovered()));
            Object key = new Object();
            subscribers.put(key, new Sub(member, listener, history.last()));
            return key;
        } finally {
            lock.unlock();
        }
    }

    /** Removes a subscriber; returns true when the room became empty and is now retired. */
    boolean unsubscribe(Object key) {
        lock.lock();
        try {
            subscribers.remove(key);
            if (subscribers.isEmpty()) {
                retired = true;
            }
            return retired;
        } finally {
            lock.unlock();
        }
    }

    /** Retires the room when it has no subscriber (a first join that failed); returns true if retired. */
    boolean retireIfEmpty() {
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

    /** Delivers entries read from the stream, in order, skipping what was already delivered. */
    void deliver(List<ChatMessage> messages) {
        lock.lock();
        try {
            for (ChatMessage message : messages) {
                if (message.offset() <= position) {
                    continue;
                }
                position = message.offset();
                for (Sub sub : subscribers.values()) {
                    if (message.offset() > sub.startAfter()) {
                        sub.listener().onMessage(message);
                    }
                }
            }
        } finally {
            lock.unlock();
        }
    }

    void signal(Signal signal) {
        lock.lock();
        try {
            for (Sub sub : subscribers.values()) {
                sub.listener().onSignal(signal);
            }
        } finally {
            lock.unlock();
        }
    }

    void paused(String reason) {
        lock.lock();
        try {
            for (Sub sub : subscribers.values()) {
                sub.listener().onPaused(reason);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Checks the epoch Redis reports (null when the room's keys are gone); on a change every subscriber
     * learns its history was lost and is dropped, and the reader restarts from the new stream's start.
     *
     * @return true when history was lost
     */
    boolean checkEpoch(String current) {
        lock.lock();
        try {
            if (epoch == null || epoch.equals(current)) {
                return false;
            }
            loseHistory(current == null ? "the room's history was lost (its stream is gone)"
                    : "the room's history was lost (new epoch " + current + ")");
            epoch = current;
            position = 0;
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void loseHistory(String reason) {
        List<Sub> gone = new ArrayList<>(subscribers.values());
        subscribers.clear();
        for (Sub sub : gone) {
            sub.listener().onHistoryLost(reason);
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

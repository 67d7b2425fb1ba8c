package io.github.toolshed.chat.internal;

import io.github.toolshed.chat.ChatMetrics;
import io.github.toolshed.chat.Transport;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;

/**
 * One session's outbound queue, bounded in queued characters, drained by the session's writer thread.
 *
 * <p>{@link #offer} never blocks, so a broadcast to a room costs the sender one enqueue per member
 * whatever the members' networks do; a member whose queue overflows is reported by {@code false} and
 * dropped by its session. The writer records when its current write started so that a write stalled
 * longer than the send time limit can be detected from outside.
 */
final class Outbox {

    /** A queued frame; {@code fannedOutAt} is non-zero for chat messages, whose delivery latency is measured. */
    record Frame(String text, long fannedOutAt) {}

    static final Frame PING = new Frame("", 0);

    private final Transport transport;
    private final ChatMetrics metrics;
    private final long maxChars;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final ArrayDeque<Frame> queue = new ArrayDeque<>();
    private long queuedChars;
    private boolean closed;
    private volatile long writingSince;

    Outbox(Transport transport, ChatMetrics metrics, long maxChars) {
        this.transport = transport;
        this.metrics = metrics;
        this.maxChars = maxChars;
    }

    /** Queues a frame; returns false when it would exceed the bound (the frame is not queued). */
    boolean offer(Frame frame) {
        lock.lock();
        try {
            if (closed) {
                return true;
            }
            long size = frame.text().length();
            if (queuedChars + size > maxChars) {
                return false;
            }
            queue.addLast(frame);
            queuedChars += size;
            notEmpty.signal();
            return true;
        } finally {
            lock.unlock();
        }
    }

    boolean offer(String text) {
        return offer(new Frame(text, 0));
    }

    /**
     * Queues a reply to the session's own request (welcome, history, errors) regardless of the bound:
     * such replies are limited by the session's rate limit, not by other members' traffic.
     */
    void reply(String text) {
        lock.lock();
        try {
            if (!closed) {
                queue.addLast(new Frame(text, 0));
                queuedChars += text.length();
                notEmpty.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Stops the writer after the frame it is writing; queued frames are discarded. */
    void close() {
        lock.lock();
        try {
            closed = true;
            queue.clear();
            queuedChars = 0;
            notEmpty.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Returns {@link System#nanoTime()} when the current write began, or 0 when the writer is not writing. */
    long writingSince() {
        return writingSince;
    }

    /**
     * The writer loop: takes frames and writes them until closed or the transport fails.
     *
     * @param onFailure called once when a write fails, with how long the failed write took in nanoseconds
     */
    void drain(LongConsumer onFailure) {
        while (true) {
            Frame frame = take();
            if (frame == null) {
                return;
            }
            long started = System.nanoTime();
            writingSince = started;
            try {
                if (frame == PING) {
                    transport.ping();
                } else {
                    transport.send(frame.text());
                    if (frame.fannedOutAt() != 0) {
                        metrics.messageOut(System.nanoTime() - frame.fannedOutAt());
                    }
                }
            } catch (IOException | RuntimeException e) {
                onFailure.accept(System.nanoTime() - started);
                return;
            } finally {
                writingSince = 0;
            }
        }
    }

    private Frame take() {
        lock.lock();
        try {
            while (queue.isEmpty() && !closed) {
                notEmpty.awaitUninterruptibly();
            }
            if (closed) {
                return null;
            }
            Frame frame = queue.removeFirst();
            queuedChars -= frame.text().length();
            return frame;
        } finally {
            lock.unlock();
        }
    }
}

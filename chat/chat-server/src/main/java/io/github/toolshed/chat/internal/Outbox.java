package io.github.toolshed.chat.internal;

import io.github.toolshed.chat.ChatMetrics;
import io.github.toolshed.chat.Transport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

/**
 * One session's outbound queue, bounded in queued characters, drained by the session's writer thread.
 *
 * <p>The writer takes everything queued at once and hands it to the transport as one batch
 * ({@link Transport#sendAll}): every frame stays its own WebSocket message, but a burst of frames costs
 * one wake-up and one socket write instead of one of each per frame.
 *
 * <p>{@link #offer} never blocks and takes no lock (a lock-free queue, a size counter and an unpark
 * only when the writer sleeps), so a broadcast to a room costs the sender one enqueue per member
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
    private final ConcurrentLinkedQueue<Frame> queue = new ConcurrentLinkedQueue<>();
    private final AtomicLong queuedChars = new AtomicLong();
    private final AtomicBoolean parked = new AtomicBoolean();
    private volatile Thread writer;
    private volatile boolean closed;
    private volatile long writingSince;

    Outbox(Transport transport, ChatMetrics metrics, long maxChars) {
        this.transport = transport;
        this.metrics = metrics;
        this.maxChars = maxChars;
    }

    /** Queues a frame; returns false when it would exceed the bound (the frame is not queued). */
    boolean offer(Frame frame) {
        if (closed) {
            return true;
        }
        long size = frame.text().length();
        if (queuedChars.addAndGet(size) > maxChars) {
            queuedChars.addAndGet(-size);
            return false;
        }
        queue.add(frame);
        wake();
        return true;
    }

    boolean offer(String text) {
        return offer(new Frame(text, 0));
    }

    /**
     * Queues a reply to the session's own request (welcome, history, errors) regardless of the bound:
     * such replies are limited by the session's rate limit, not by other members' traffic.
     */
    void reply(String text) {
        if (!closed) {
            queuedChars.addAndGet(text.length());
            queue.add(new Frame(text, 0));
            wake();
        }
    }

    /** Stops the writer after the batch it is writing; queued frames are discarded. */
    void close() {
        closed = true;
        queue.clear();
        queuedChars.set(0);
        parked.set(false);
        Thread thread = writer;
        if (thread != null) {
            LockSupport.unpark(thread);
        }
    }

    /** Unparks the writer if it is parked; the writer re-checks the queue after announcing it parks. */
    private void wake() {
        if (parked.get() && parked.compareAndSet(true, false)) {
            LockSupport.unpark(writer);
        }
    }

    /** Returns {@link System#nanoTime()} when the current write began, or 0 when the writer is not writing. */
    long writingSince() {
        return writingSince;
    }

    /**
     * The writer loop: takes every queued frame at once and writes them as one batch (one flush to the
     * socket for all the frames that piled up while the previous batch was being written), until closed
     * or the transport fails.
     *
     * @param onFailure called once when a write fails, with how long the failed write took in nanoseconds
     */
    void drain(LongConsumer onFailure) {
        ArrayList<Frame> batch = new ArrayList<>();
        ArrayList<String> texts = new ArrayList<>();
        while (takeAll(batch)) {
            long started = System.nanoTime();
            writingSince = started;
            try {
                write(batch, texts);
            } catch (IOException | RuntimeException e) {
                onFailure.accept(System.nanoTime() - started);
                return;
            } finally {
                writingSince = 0;
                batch.clear();
                texts.clear();
            }
        }
    }

    /** Writes one batch in order: runs of text frames go out together, a ping between them splits the run. */
    private void write(List<Frame> batch, List<String> texts) throws IOException {
        for (Frame frame : batch) {
            if (frame == PING) {
                flush(texts);
                transport.ping();
            } else {
                texts.add(frame.text());
            }
        }
        flush(texts);
        long now = System.nanoTime();
        for (Frame frame : batch) {
            if (frame.fannedOutAt() != 0) {
                metrics.messageOut(now - frame.fannedOutAt());
            }
        }
    }

    private void flush(List<String> texts) throws IOException {
        if (texts.size() == 1) {
            transport.send(texts.getFirst());
        } else if (!texts.isEmpty()) {
            transport.sendAll(texts);
        }
        texts.clear();
    }

    /** Moves every queued frame into {@code into}, parking until there is one; returns false once closed. */
    private boolean takeAll(List<Frame> into) {
        writer = Thread.currentThread();
        while (true) {
            if (closed) {
                return false;
            }
            long chars = 0;
            for (Frame frame; (frame = queue.poll()) != null; ) {
                into.add(frame);
                chars += frame.text().length();
            }
            if (!into.isEmpty()) {
                queuedChars.addAndGet(-chars);
                return true;
            }
            parked.set(true);
            if (queue.isEmpty() && !closed) {
                LockSupport.park(this);
            }
            parked.set(false);
        }
    }
}

package io.github.toolshed.chat.internal;

import io.github.toolshed.chat.ChatMetrics;
import io.github.toolshed.chat.Transport;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
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
 * <p>The writer takes everything queued at once: a burst of frames costs one wake-up, one WebSocket
 * message (frames joined by newlines, see docs/chat-protocol.md, "Batched frames") and one socket write
 * instead of one of each per frame. A lone frame goes out as it is, the string shared by every receiver.
 * For a transport in binary mode ({@link Transport#binary()}) a frame is encoded to UTF-8 once, by the
 * first writer that sends it, and every receiver writes the same bytes (a read-only view each).
 *
 * <p>{@link #offer} never blocks and takes no lock (a lock-free queue, a size counter and an unpark
 * only when the writer sleeps), so a broadcast to a room costs the sender one enqueue per member
 * whatever the members' networks do; a member whose queue overflows is reported by {@code false} and
 * dropped by its session. The writer records when its current write started so that a write stalled
 * longer than the send time limit can be detected from outside.
 */
final class Outbox {

    /**
     * A queued frame, possibly shared by many outboxes; {@code fannedOutAt} is non-zero for chat messages,
     * whose delivery latency is measured. Its UTF-8 form is computed once, on first use, and shared.
     */
    static final class Frame {

        private final String text;
        private final long fannedOutAt;
        private volatile ByteBuffer utf8;

        Frame(String text, long fannedOutAt) {
            this.text = text;
            this.fannedOutAt = fannedOutAt;
        }

        String text() {
            return text;
        }

        long fannedOutAt() {
            return fannedOutAt;
        }

        /**
         * Returns a fresh read-only view of the frame's UTF-8 bytes. The bytes are encoded once; two
         * writers racing on the first use may both encode, which is harmless (the results are equal).
         */
        ByteBuffer utf8() {
            ByteBuffer shared = utf8;
            if (shared == null) {
                shared = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)).asReadOnlyBuffer();
                utf8 = shared;
            }
            return shared.duplicate();
        }
    }

    static final Frame PING = new Frame("", 0);

    /** The longest WebSocket message the writer builds by joining frames, in characters (text) or bytes (binary). */
    static final int MAX_BATCH_CHARS = 32 * 1024;

    private final Transport transport;
    private final ChatMetrics metrics;
    private final long maxChars;
    private final long coalesceNanos;
    private final ConcurrentLinkedQueue<Frame> queue = new ConcurrentLinkedQueue<>();
    private final AtomicLong queuedChars = new AtomicLong();
    private final AtomicBoolean parked = new AtomicBoolean();
    private volatile Thread writer;
    private volatile boolean closed;
    private volatile long writingSince;

    Outbox(Transport transport, ChatMetrics metrics, long maxChars) {
        this(transport, metrics, maxChars, 0);
    }

    /**
     * Creates an outbox.
     *
     * @param coalesceNanos how long the writer, woken from idle by a frame, waits for more before writing
     */
    Outbox(Transport transport, ChatMetrics metrics, long maxChars, long coalesceNanos) {
        this.transport = transport;
        this.metrics = metrics;
        this.maxChars = maxChars;
        this.coalesceNanos = coalesceNanos;
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

    /** Returns whether the writer sleeps waiting for a frame. */
    boolean writerIdle() {
        return parked.get();
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
        ArrayList<Frame> run = new ArrayList<>();
        boolean binary = transport.binary();
        while (takeAll(batch)) {
            long started = System.nanoTime();
            writingSince = started;
            try {
                write(batch, run, binary);
            } catch (IOException | RuntimeException e) {
                onFailure.accept(System.nanoTime() - started);
                return;
            } finally {
                writingSince = 0;
                batch.clear();
                run.clear();
            }
        }
    }

    /** Writes one batch in order: runs of text frames go out together, a ping between them splits the run. */
    private void write(List<Frame> batch, List<Frame> run, boolean binary) throws IOException {
        for (Frame frame : batch) {
            if (frame == PING) {
                flush(run, binary);
                transport.ping();
            } else {
                run.add(frame);
            }
        }
        flush(run, binary);
        long now = System.nanoTime();
        for (Frame frame : batch) {
            if (frame.fannedOutAt() != 0) {
                metrics.messageOut(now - frame.fannedOutAt());
            }
        }
    }

    /**
     * Sends queued frames: one frame as it is (the shared string, no copy), several joined by newlines
     * into WebSocket messages of at most {@link #MAX_BATCH_CHARS} characters (a single larger frame goes
     * alone). JSON text never holds a raw newline, so the receiver splits a message on {@code '\n'}.
     */
    private void flush(List<Frame> run, boolean binary) throws IOException {
        if (run.size() == 1) {
            Frame frame = run.getFirst();
            if (binary) {
                transport.sendBinary(frame.utf8());
            } else {
                transport.send(frame.text());
            }
        } else if (!run.isEmpty()) {
            if (binary) {
                transport.sendAllBinary(binaryBatches(run));
            } else {
                List<String> texts = new ArrayList<>(run.size());
                for (Frame frame : run) {
                    texts.add(frame.text());
                }
                transport.sendAll(batches(texts));
            }
        }
        run.clear();
    }

    /**
     * Joins the frames' UTF-8 bytes into newline-separated messages of at most {@link #MAX_BATCH_CHARS}
     * bytes each (a single larger frame goes alone, as its shared read-only view): the same split rule as
     * {@link #batches}, but copying bytes encoded once instead of encoding per receiver.
     */
    static List<ByteBuffer> binaryBatches(List<Frame> frames) {
        List<ByteBuffer> parts = new ArrayList<>(frames.size());
        for (Frame frame : frames) {
            parts.add(frame.utf8());
        }
        List<ByteBuffer> messages = new ArrayList<>(2);
        int first = 0;
        while (first < parts.size()) {
            int length = parts.get(first).remaining();
            int end = first + 1;
            while (end < parts.size() && length + 1 + parts.get(end).remaining() <= MAX_BATCH_CHARS) {
                length += 1 + parts.get(end).remaining();
                end++;
            }
            if (end == first + 1) {
                messages.add(parts.get(first));
            } else {
                ByteBuffer message = ByteBuffer.allocate(length);
                for (int i = first; i < end; i++) {
                    if (i > first) {
                        message.put((byte) '\n');
                    }
                    message.put(parts.get(i));
                }
                messages.add(message.flip().asReadOnlyBuffer());
            }
            first = end;
        }
        return messages;
    }

    /** Joins frames into newline-separated messages of at most {@link #MAX_BATCH_CHARS} characters each. */
    static List<String> batches(List<String> texts) {
        List<String> messages = new ArrayList<>(2);
        StringBuilder message = new StringBuilder();
        for (String text : texts) {
            if (!message.isEmpty() && message.length() + 1 + text.length() > MAX_BATCH_CHARS) {
                messages.add(message.toString());
                message.setLength(0);
            }
            if (!message.isEmpty()) {
                message.append('\n');
            }
            message.append(text);
        }
        messages.add(message.toString());
        return messages;
    }

    /**
     * Moves every queued frame into {@code into}, parking until there is one; returns false once closed.
     * A writer woken from idle waits {@code coalesceNanos} before taking, so that a burst leaves in one
     * write (like Nagle's algorithm, but only after idleness: a backlog is written at once).
     */
    private boolean takeAll(List<Frame> into) {
        writer = Thread.currentThread();
        boolean wasIdle = false;
        while (true) {
            if (closed) {
                return false;
            }
            if (wasIdle && coalesceNanos > 0) {
                wasIdle = false;
                LockSupport.parkNanos(coalesceNanos);
                continue;
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
            wasIdle = true;
            parked.set(true);
            if (queue.isEmpty() && !closed) {
                LockSupport.park(this);
            }
            parked.set(false);
        }
    }
}

package io.github.toolshed.chat.load;

import java.io.IOException;
import java.net.URI;
import java.util.BitSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One simulated user: a {@link WireSocket} that joins the room, sends what the pacer asks and checks
 * every message it receives against the ids sent. Received frames are handled on the reactor's thread
 * straight from the read buffer: the payload's id and send time are parsed from the bytes, nothing else.
 */
final class LoadClient implements FrameReader.Sink {

    private final int index;
    private final ChatProtocol protocol;
    private final LatencyHistogram latency;
    private final AtomicLong errors;
    private final CompletableFuture<Long> joined = new CompletableFuture<>();
    private final BitSet seen = new BitSet();
    private long received;
    private long duplicates;
    private volatile WireSocket socket;
    private long connectStarted;

    LoadClient(int index, ChatProtocol protocol, LatencyHistogram latency, AtomicLong errors) {
        this.index = index;
        this.protocol = protocol;
        this.latency = latency;
        this.errors = errors;
    }

    /**
     * Connects (blocking, on the caller's thread), hands the socket to a reactor and sends the join; the
     * future completes with the nanoseconds from connect to the join's answer.
     */
    CompletableFuture<Long> connect(URI uri, String room, Reactor reactor) {
        connectStarted = System.nanoTime();
        try {
            WireSocket opened = WireSocket.open(uri, this);
            socket = opened;
            reactor.register(opened);
            opened.sendText(protocol.join(room, "load" + index));
        } catch (IOException | RuntimeException e) {
            joined.completeExceptionally(e);
        }
        return joined;
    }

    /** Sends a frame; a failed send is counted as an error. */
    void send(String frame) {
        try {
            socket.sendText(frame);
        } catch (IOException | RuntimeException e) {
            errors.incrementAndGet();
        }
    }

    /** A WebSocket message holds one or more frames, one per line (docs/chat-protocol.md, "Batched frames"). */
    @Override
    public void text(byte[] data, int from, int to) {
        long now = System.nanoTime();
        int lineStart = from;
        for (int i = from; i < to; i++) {
            if (data[i] == '\n') {
                frame(data, lineStart, i, now);
                lineStart = i + 1;
            }
        }
        frame(data, lineStart, to, now);
    }

    private void frame(byte[] data, int from, int to, long now) {
        int at = protocol.payloadAt(data, from, to);
        if (at >= 0) {
            int id = 0;
            int i = at;
            for (; i < to && data[i] != ':'; i++) {
                id = id * 10 + (data[i] - '0');
            }
            long sentAt = 0;
            for (i++; i < to && data[i] != '"'; i++) {
                sentAt = sentAt * 10 + (data[i] - '0');
            }
            synchronized (this) {
                received++;
                if (seen.get(id)) {
                    duplicates++;
                    return;
                }
                seen.set(id);
            }
            latency.record(now - sentAt);
        } else if (!joined.isDone() && protocol.isJoined(data, from, to)) {
            joined.complete(now - connectStarted);
        } else if (protocol.isError(data, from, to)) {
            errors.incrementAndGet();
        }
    }

    @Override
    public void ping(byte[] payload) {
        try {
            socket.pong(payload);
        } catch (IOException e) {
            errors.incrementAndGet();
        }
    }

    @Override
    public void close() {
        if (!joined.isDone()) {
            joined.completeExceptionally(new IOException("closed by the server"));
        }
    }

    synchronized long unique() {
        return seen.cardinality();
    }

    synchronized long duplicates() {
        return duplicates;
    }

    synchronized long received() {
        return received;
    }

    void closeSocket() {
        WireSocket current = socket;
        if (current != null) {
            current.close();
        }
    }
}

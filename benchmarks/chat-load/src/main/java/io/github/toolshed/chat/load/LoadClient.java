package io.github.toolshed.chat.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.BitSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One simulated user: a JDK WebSocket that joins the room, sends what the pacer asks (one send in
 * flight at a time, as the API requires) and checks every message it receives against the ids sent.
 */
final class LoadClient implements WebSocket.Listener {

    private final int index;
    private final ChatProtocol protocol;
    private final LatencyHistogram latency;
    private final AtomicLong errors;
    private final CompletableFuture<Long> joined = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private final BitSet seen = new BitSet();
    private long received;
    private long duplicates;
    private WebSocket socket;
    private CompletableFuture<?> lastSend = CompletableFuture.completedFuture(null);
    private long connectStarted;

    LoadClient(int index, ChatProtocol protocol, LatencyHistogram latency, AtomicLong errors) {
        this.index = index;
        this.protocol = protocol;
        this.latency = latency;
        this.errors = errors;
    }

    /** Connects and joins; the future completes with the nanoseconds from connect to the join's answer. */
    CompletableFuture<Long> connect(HttpClient http, URI uri, String room) {
        connectStarted = System.nanoTime();
        http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30)).buildAsync(uri, this)
                .thenAccept(ws -> {
                    socket = ws;
                    send(protocol.join(room, "load" + index));
                })
                .exceptionally(e -> {
                    joined.completeExceptionally(e);
                    return null;
                });
        return joined;
    }

    /** Queues a frame behind the previous send. */
    synchronized void send(String frame) {
        lastSend = lastSend.handle((ok, e) -> null).thenCompose(x -> socket.sendText(frame, true));
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(Long.MAX_VALUE);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        if (!last) {
            partial.append(data);
            return null;
        }
        String frame;
        if (partial.isEmpty()) {
            frame = data.toString();
        } else {
            frame = partial.append(data).toString();
            partial.setLength(0);
        }
        handle(frame, System.nanoTime());
        return null;
    }

    private void handle(String frame, long now) {
        String payload = protocol.payload(frame);
        if (payload != null) {
            int colon = payload.indexOf(':');
            int id = Integer.parseInt(payload, 0, colon, 10);
            long sentAt = Long.parseLong(payload, colon + 1, payload.length(), 10);
            synchronized (this) {
                received++;
                if (seen.get(id)) {
                    duplicates++;
                    return;
                }
                seen.set(id);
            }
            latency.record(now - sentAt);
        } else if (!joined.isDone() && protocol.isJoined(frame)) {
            joined.complete(now - connectStarted);
        } else if (protocol.isError(frame)) {
            errors.incrementAndGet();
        }
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        joined.completeExceptionally(error);
        errors.incrementAndGet();
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

    void close() {
        if (socket != null) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally(e -> null);
        }
    }
}

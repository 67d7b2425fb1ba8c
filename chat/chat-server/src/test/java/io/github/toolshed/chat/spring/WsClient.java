package io.github.toolshed.chat.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A test client on the JDK's WebSocket: records every frame, can stop reading to act as a slow consumer. */
public final class WsClient implements AutoCloseable {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    public static final Duration WAIT = Duration.ofSeconds(10);

    /** How a connection ended: the close code (or -1 for an error) and reason. */
    public record Closed(int code, String reason) {}

    private final LinkedBlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
    private final List<JsonNode> all = new ArrayList<>();
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private final WebSocket socket;
    private volatile boolean paused;
    private final StringBuilder partial = new StringBuilder();
    private final java.io.ByteArrayOutputStream partialBytes = new java.io.ByteArrayOutputStream();
    private final List<String> lines = new ArrayList<>();
    private volatile int textMessages;
    private volatile int binaryMessages;
    public String sessionId;

    private WsClient(URI uri, String origin, InetAddress local) {
        HttpClient.Builder http = HttpClient.newBuilder();
        if (local != null) {
            http.localAddress(local);
        }
        WebSocket.Builder builder = http.build().newWebSocketBuilder().connectTimeout(WAIT);
        if (origin != null) {
            builder.header("Origin", origin);
        }
        socket = builder.buildAsync(uri, new Listener()).join();
    }

    public static WsClient connect(int port) {
        return connect(port, null, null);
    }

    public static WsClient connect(int port, String origin, InetAddress local) {
        WsClient client = new WsClient(URI.create("ws://127.0.0.1:" + port + "/chat/ws"), origin, local);
        return client;
    }

    /** Connects asking for binary frames ({@code ?frames=binary}) and reads the welcome frame. */
    public static WsClient welcomedBinary(int port) {
        WsClient client = new WsClient(URI.create("ws://127.0.0.1:" + port + "/chat/ws?frames=binary"), null, null);
        client.sessionId = client.next("welcome").get("sessionId").stringValue();
        return client;
    }

    /** Returns every frame received so far as its raw JSON line, in order. */
    public List<String> lines() {
        synchronized (all) {
            return List.copyOf(lines);
        }
    }

    /** Returns how many WebSocket text messages arrived. */
    public int textMessages() {
        return textMessages;
    }

    /** Returns how many WebSocket binary messages arrived. */
    public int binaryMessages() {
        return binaryMessages;
    }

    /** Connects and reads the welcome frame. */
    public static WsClient welcomed(int port) {
        WsClient client = connect(port);
        client.sessionId = client.next("welcome").get("sessionId").stringValue();
        return client;
    }

    public void send(String raw) {
        socket.sendText(raw, true).join();
    }

    public void sendBinary(ByteBuffer data) {
        socket.sendBinary(data, true).join();
    }

    public void send(Object... keysAndValues) {
        var node = JSON.createObjectNode();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            node.set((String) keysAndValues[i], JSON.valueToTree(keysAndValues[i + 1]));
        }
        send(node.toString());
    }

    /** Joins a room and returns the history frame. */
    public JsonNode join(String room, String nick) {
        send("type", "join", "room", room, "nick", nick);
        return next("history");
    }

    public void say(String room, String text, String clientId) {
        send("type", "message", "room", room, "text", text, "clientId", clientId);
    }

    /** Returns the next frame of any type. */
    public JsonNode next() {
        try {
            JsonNode frame = inbox.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (frame == null) {
                fail("no frame within " + WAIT + "; last frames: " + tail());
            }
            return frame;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Returns the next frame of a type, skipping frames of other types. */
    public JsonNode next(String type) {
        return next(frame -> type.equals(frame.get("type").stringValue()), type);
    }

    public JsonNode next(Predicate<JsonNode> wanted, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                JsonNode frame = inbox.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (frame != null && wanted.test(frame)) {
                    return frame;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return fail("no " + what + " frame within " + WAIT + "; last frames: " + tail());
    }

    /** Returns the next {@code message} frame. */
    public JsonNode nextMessage() {
        return next("message");
    }

    /** Asserts no frame of the type arrives within the time. */
    public void assertNoFrame(String type, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode frame = inbox.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (frame != null) {
                assertThat(frame.get("type").stringValue()).as("unexpected frame %s", frame).isNotEqualTo(type);
            }
        }
    }

    private List<String> tail() {
        List<JsonNode> frames = all();
        return frames.subList(Math.max(0, frames.size() - 10), frames.size()).stream()
                .map(frame -> {
                    String text = frame.toString();
                    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
                })
                .toList();
    }

    public List<JsonNode> all() {
        synchronized (all) {
            return List.copyOf(all);
        }
    }

    /** Stops reading: the client's receive buffers fill and the server's writes stall. */
    public void pauseReading() {
        paused = true;
    }

    public void resumeReading() {
        paused = false;
        socket.request(1);
    }

    public Closed awaitClose() {
        try {
            return closed.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("the connection did not close within " + WAIT + "; last frames: " + tail(), e);
        }
    }

    public boolean isClosed() {
        return closed.isDone();
    }

    @Override
    public void close() {
        // A graceful close: aborting at once could reset the TCP connection and lose frames already sent.
        if (!socket.isOutputClosed()) {
            try {
                socket.sendClose(1000, "bye").get(2, TimeUnit.SECONDS);
                closed.get(2, TimeUnit.SECONDS);
            } catch (Exception e) {
                // Closing anyway.
            }
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                textMessages++;
                message(partial.toString());
                partial.setLength(0);
            }
            if (!paused) {
                webSocket.request(1);
            }
            return null;
        }

        /** One WebSocket message may carry several frames, one per line (docs/chat-protocol.md). */
        private void message(String text) {
            for (String line : text.split("\n")) {
                JsonNode frame = JSON.readTree(line);
                synchronized (all) {
                    all.add(frame);
                    lines.add(line);
                }
                inbox.add(frame);
            }
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            byte[] bytes = new byte[data.remaining()];
            data.get(bytes);
            partialBytes.writeBytes(bytes);
            if (last) {
                binaryMessages++;
                message(partialBytes.toString(java.nio.charset.StandardCharsets.UTF_8));
                partialBytes.reset();
            }
            if (!paused) {
                webSocket.request(1);
            }
            return null;
        }

        @Override
        public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
            if (!paused) {
                webSocket.request(1);
            }
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(new Closed(statusCode, reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(new Closed(-1, String.valueOf(error)));
        }
    }
}

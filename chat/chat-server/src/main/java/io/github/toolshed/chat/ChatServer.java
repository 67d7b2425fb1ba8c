package io.github.toolshed.chat;

import io.github.toolshed.chat.broker.ChatBroker;
import io.github.toolshed.chat.internal.Node;
import java.util.Objects;
import java.util.Optional;

/**
 * A chat server independent of any web framework: a WebSocket adapter hands it each new connection as a
 * {@link Transport} and feeds the returned {@link Connection} what arrives.
 *
 * <pre>{@code
 * ChatServer server = new ChatServer(ChatSettings.defaults(), new InMemoryBroker(1000, 10_000), ChatMetrics.NONE);
 * Optional<Connection> connection = server.open(transport);   // on the WebSocket handshake
 * connection.ifPresent(c -> c.receive(text));                 // on each text frame
 * }</pre>
 *
 * <p>Each connection runs as a receive loop on its own virtual thread plus a writer thread; no platform
 * thread is held per connection.
 */
public final class ChatServer implements AutoCloseable {

    private final ChatSettings settings;
    private final ChatBroker broker;
    private final Node node;

    /**
     * Creates and starts a server.
     *
     * @param settings the limits and defaults
     * @param broker the room logs and fan-out
     * @param metrics where measurements go ({@link ChatMetrics#NONE} for none)
     */
    public ChatServer(ChatSettings settings, ChatBroker broker, ChatMetrics metrics) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.broker = Objects.requireNonNull(broker, "broker");
        this.node = new Node(settings, broker, Objects.requireNonNull(metrics, "metrics"));
    }

    /**
     * Accepts a new connection, or refuses it (closing the transport with {@link CloseCodes#TRY_AGAIN_LATER})
     * when the node or the remote address holds as many connections as allowed.
     *
     * @param transport the connection's network side
     * @return the connection to feed, or empty when refused
     */
    public Optional<Connection> open(Transport transport) {
        return node.open(Objects.requireNonNull(transport, "transport"));
    }

    /**
     * Returns the number of open connections.
     *
     * @return the count
     */
    public int connectionCount() {
        return node.connectionCount();
    }

    /**
     * Returns the settings.
     *
     * @return the settings
     */
    public ChatSettings settings() {
        return settings;
    }

    /**
     * Returns the broker.
     *
     * @return the broker
     */
    public ChatBroker broker() {
        return broker;
    }

    /** Closes every connection with {@link CloseCodes#GOING_AWAY}; the broker is left to its owner. */
    @Override
    public void close() {
        node.close();
    }
}

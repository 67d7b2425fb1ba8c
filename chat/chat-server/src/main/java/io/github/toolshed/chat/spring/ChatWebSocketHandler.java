package io.github.toolshed.chat.spring;

import io.github.toolshed.chat.ChatServer;
import io.github.toolshed.chat.CloseCodes;
import io.github.toolshed.chat.Connection;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PongMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.handler.AbstractWebSocketHandler;

/** Adapts Spring WebSocket callbacks to a {@link ChatServer}: it only forwards, the server decides. */
public class ChatWebSocketHandler extends AbstractWebSocketHandler {

    /** Tomcat's per-session limit on a blocking write, in milliseconds. */
    private static final String TOMCAT_SEND_TIMEOUT = "org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT";
    private static final String CONNECTION = ChatWebSocketHandler.class.getName() + ".connection";

    private final ChatServer server;

    /**
     * Creates a handler for a server.
     *
     * @param server the chat server
     */
    public ChatWebSocketHandler(ChatServer server) {
        this.server = server;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        session.setTextMessageSizeLimit(server.settings().maxFrameBytes());
        if (session instanceof NativeWebSocketSession n
                && n.getNativeSession() instanceof jakarta.websocket.Session nativeSession) {
            nativeSession.getUserProperties().put(TOMCAT_SEND_TIMEOUT,
                    server.settings().sendTimeLimit().toMillis());
        }
        Optional<Connection> connection = server.open(new SpringTransport(session, wantsBinary(session.getUri())));
        connection.ifPresent(c -> session.getAttributes().put(CONNECTION, c));
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        Connection connection = connection(session);
        if (connection != null) {
            connection.receive(message.getPayload());
        }
    }

    @Override
    protected void handlePongMessage(WebSocketSession session, PongMessage message) {
        Connection connection = connection(session);
        if (connection != null) {
            connection.pong();
        }
    }

    @Override
    protected void handleBinaryMessage(WebSocketSession session, BinaryMessage message) throws IOException {
        session.close(new CloseStatus(1003, "binary frames are not supported"));
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        Connection connection = connection(session);
        if (connection != null) {
            connection.closed(status.getCode());
        }
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) throws IOException {
        if (session.isOpen()) {
            session.close(new CloseStatus(CloseCodes.INTERNAL_ERROR, "transport error"));
        }
    }

    /**
     * Returns whether the handshake asked for binary frames: the query parameter {@code frames=binary}
     * (docs/chat-protocol.md, "Binary frames"). Any other value, or none, means text frames.
     *
     * @param uri the handshake's request URI, may be null
     * @return true for binary mode
     */
    static boolean wantsBinary(URI uri) {
        String query = uri == null ? null : uri.getRawQuery();
        if (query == null) {
            return false;
        }
        for (String parameter : query.split("&")) {
            if (parameter.equals("frames=binary")) {
                return true;
            }
        }
        return false;
    }

    private static Connection connection(WebSocketSession session) {
        return (Connection) session.getAttributes().get(CONNECTION);
    }
}

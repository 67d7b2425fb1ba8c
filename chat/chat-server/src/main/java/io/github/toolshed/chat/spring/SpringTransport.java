package io.github.toolshed.chat.spring;

import io.github.toolshed.chat.Transport;
import jakarta.websocket.RemoteEndpoint;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.List;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PingMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;

/** A {@link Transport} over a Spring {@link WebSocketSession}. */
final class SpringTransport implements Transport {

    private final WebSocketSession session;
    private final String remoteAddress;
    private final RemoteEndpoint.Basic remote;
    private final boolean binary;

    SpringTransport(WebSocketSession session, boolean binary) {
        this.session = session;
        this.binary = binary;
        InetSocketAddress address = session.getRemoteAddress();
        this.remoteAddress = address == null || address.getAddress() == null ? "unknown"
                : address.getAddress().getHostAddress();
        this.remote = session instanceof NativeWebSocketSession n
                && n.getNativeSession() instanceof jakarta.websocket.Session nativeSession
                ? nativeSession.getBasicRemote() : null;
    }

    @Override
    public String remoteAddress() {
        return remoteAddress;
    }

    @Override
    public void send(String text) throws IOException {
        if (remote != null) {
            remote.sendText(text);
        } else {
            session.sendMessage(new TextMessage(text));
        }
    }

    /**
     * Sends the frames through the container's batching when it offers one (Jakarta WebSocket
     * {@code setBatchingAllowed}): the frames are framed into the container's output buffer and written
     * with one flush instead of one socket write each.
     */
    @Override
    public void sendAll(List<String> texts) throws IOException {
        if (remote == null) {
            for (String text : texts) {
                send(text);
            }
            return;
        }
        remote.setBatchingAllowed(true);
        try {
            for (String text : texts) {
                remote.sendText(text);
            }
        } finally {
            remote.setBatchingAllowed(false);
        }
    }

    @Override
    public boolean binary() {
        return binary;
    }

    /** Sends the shared UTF-8 bytes as they are: the container copies them to the socket, encoding nothing. */
    @Override
    public void sendBinary(ByteBuffer utf8) throws IOException {
        if (remote != null) {
            remote.sendBinary(utf8);
        } else {
            session.sendMessage(new BinaryMessage(utf8));
        }
    }

    /** Sends binary messages with the container's batching, like {@link #sendAll}. */
    @Override
    public void sendAllBinary(List<ByteBuffer> messages) throws IOException {
        if (remote == null) {
            for (ByteBuffer message : messages) {
                sendBinary(message);
            }
            return;
        }
        remote.setBatchingAllowed(true);
        try {
            for (ByteBuffer message : messages) {
                remote.sendBinary(message);
            }
        } finally {
            remote.setBatchingAllowed(false);
        }
    }

    @Override
    public void ping() throws IOException {
        session.sendMessage(new PingMessage());
    }

    @Override
    public void close(int code, String reason) {
        try {
            session.close(new CloseStatus(code, reason));
        } catch (IOException | RuntimeException e) {
            // The connection is already broken; the container releases it.
        }
    }
}

package io.github.toolshed.chat.spring;

import io.github.toolshed.chat.Transport;
import java.io.IOException;
import java.net.InetSocketAddress;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PingMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

/** A {@link Transport} over a Spring {@link WebSocketSession}. */
final class SpringTransport implements Transport {

    private final WebSocketSession session;
    private final String remoteAddress;

    SpringTransport(WebSocketSession session) {
        this.session = session;
        InetSocketAddress remote = session.getRemoteAddress();
        this.remoteAddress = remote == null || remote.getAddress() == null ? "unknown"
                : remote.getAddress().getHostAddress();
    }

    @Override
    public String remoteAddress() {
        return remoteAddress;
    }

    @Override
    public void send(String text) throws IOException {
        session.sendMessage(new TextMessage(text));
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

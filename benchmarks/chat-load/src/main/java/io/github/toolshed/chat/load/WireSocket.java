package io.github.toolshed.chat.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * A minimal WebSocket client connection on a plain {@link SocketChannel}: a blocking handshake, then a
 * non-blocking channel read by a {@link Reactor}. Text frames are sent masked, as clients must; what the
 * server sends is parsed by a {@link FrameReader} without decoding. Sending is thread-safe.
 */
final class WireSocket {

    private final SocketChannel channel;
    private final FrameReader reader = new FrameReader();
    private final FrameReader.Sink sink;
    private boolean closed;

    private WireSocket(SocketChannel channel, FrameReader.Sink sink) {
        this.channel = channel;
        this.sink = sink;
    }

    /**
     * Opens a connection and performs the handshake (blocking), then leaves the channel non-blocking.
     *
     * @param uri a {@code ws://} address
     * @param sink receives the server's frames, on the reactor's thread
     * @return the open socket, not yet registered with a reactor
     * @throws IOException when the connection or the handshake fails
     */
    static WireSocket open(URI uri, FrameReader.Sink sink) throws IOException {
        int port = uri.getPort() < 0 ? 80 : uri.getPort();
        SocketChannel channel = SocketChannel.open(new InetSocketAddress(uri.getHost(), port));
        try {
            channel.socket().setTcpNoDelay(true);
            byte[] nonce = new byte[16];
            ThreadLocalRandom.current().nextBytes(nonce);
            String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            String request = "GET " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + port
                    + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(nonce) + "\r\n\r\n";
            ByteBuffer out = ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII));
            while (out.hasRemaining()) {
                channel.write(out);
            }
            WireSocket socket = new WireSocket(channel, sink);
            socket.readHandshake();
            channel.configureBlocking(false);
            return socket;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Reads the HTTP answer up to its blank line; bytes after it stay in the frame reader. */
    private void readHandshake() throws IOException {
        ByteBuffer in = ByteBuffer.allocate(4096);
        while (true) {
            if (channel.read(in) < 0) {
                throw new IOException("closed during the handshake");
            }
            byte[] bytes = in.array();
            int headerEnd = indexOf(bytes, in.position());
            if (headerEnd >= 0) {
                String head = new String(bytes, 0, headerEnd, StandardCharsets.US_ASCII);
                if (!head.startsWith("HTTP/1.1 101")) {
                    throw new IOException("handshake refused: " + head.lines().findFirst().orElse(""));
                }
                int extra = in.position() - headerEnd - 4;
                System.arraycopy(bytes, headerEnd + 4, reader.space(extra), reader.end(), extra);
                reader.filled(extra, sink);
                return;
            }
            if (!in.hasRemaining()) {
                throw new IOException("handshake answer too long");
            }
        }
    }

    private static int indexOf(byte[] bytes, int length) {
        for (int i = 0; i + 3 < length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n') {
                return i;
            }
        }
        return -1;
    }

    SocketChannel channel() {
        return channel;
    }

    /** Reads what is available and parses it; returns false when the connection ended. Reactor thread only. */
    boolean readAvailable() throws IOException {
        while (true) {
            byte[] space = reader.space(16384);
            int end = reader.end();
            int count = channel.read(ByteBuffer.wrap(space, end, space.length - end));
            if (count < 0) {
                return false;
            }
            if (count == 0) {
                return true;
            }
            reader.filled(count, sink);
        }
    }

    /** Sends a text frame. */
    void sendText(String text) throws IOException {
        send(0x81, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Answers a ping. */
    void pong(byte[] payload) throws IOException {
        send(0x8A, payload);
    }

    /** Sends a close frame with status 1000 and closes the channel. */
    void close() {
        try {
            send(0x88, new byte[] {0x03, (byte) 0xe8});
        } catch (IOException e) {
            // closing anyway
        }
        try {
            channel.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }

    private synchronized void send(int firstByte, byte[] payload) throws IOException {
        if (closed) {
            throw new IOException("closed");
        }
        if (firstByte == 0x88) {
            closed = true;
        }
        int length = payload.length;
        int header = length < 126 ? 2 : length < 65536 ? 4 : 10;
        ByteBuffer frame = ByteBuffer.allocate(header + 4 + length);
        frame.put((byte) firstByte);
        if (length < 126) {
            frame.put((byte) (0x80 | length));
        } else if (length < 65536) {
            frame.put((byte) (0x80 | 126)).putShort((short) length);
        } else {
            frame.put((byte) (0x80 | 127)).putLong(length);
        }
        int mask = ThreadLocalRandom.current().nextInt();
        frame.putInt(mask);
        for (int i = 0; i < length; i++) {
            frame.put((byte) (payload[i] ^ (mask >>> (24 - 8 * (i & 3)))));
        }
        frame.flip();
        while (frame.hasRemaining()) {
            if (channel.write(frame) == 0) {
                LockSupport.parkNanos(50_000);
            }
        }
    }
}

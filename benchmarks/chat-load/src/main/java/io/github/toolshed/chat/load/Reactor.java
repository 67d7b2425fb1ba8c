package io.github.toolshed.chat.load;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One platform thread with a selector that reads every socket registered with it. The load tool runs
 * one or two of these for all its clients, so receiving costs no thread hand-off per message.
 */
final class Reactor implements AutoCloseable {

    private final Selector selector;
    private final Queue<WireSocket> pending = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private volatile boolean running = true;

    Reactor(String name) throws IOException {
        this.selector = Selector.open();
        this.thread = Thread.ofPlatform().name(name).daemon().start(this::loop);
    }

    /** Hands a connected socket to this reactor. */
    void register(WireSocket socket) {
        pending.add(socket);
        selector.wakeup();
    }

    private void loop() {
        while (running) {
            try {
                selector.select(100);
                for (WireSocket socket; (socket = pending.poll()) != null; ) {
                    try {
                        socket.channel().register(selector, SelectionKey.OP_READ, socket);
                    } catch (ClosedChannelException e) {
                        // closed before it was registered
                    }
                    read(socket, null);
                }
                for (SelectionKey key : selector.selectedKeys()) {
                    read((WireSocket) key.attachment(), key);
                }
                selector.selectedKeys().clear();
            } catch (IOException e) {
                throw new IllegalStateException("selector failed", e);
            }
        }
    }

    private static void read(WireSocket socket, SelectionKey key) {
        boolean open;
        try {
            open = socket.readAvailable();
        } catch (IOException | RuntimeException e) {
            open = false;
        }
        if (!open) {
            if (key != null) {
                key.cancel();
            }
            socket.close();
        }
    }

    @Override
    public void close() throws IOException {
        running = false;
        selector.wakeup();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        selector.close();
    }
}

package io.github.toolshed.chat.internal;

import io.github.toolshed.chat.ChatException;
import io.github.toolshed.chat.CloseCodes;
import io.github.toolshed.chat.Connection;
import io.github.toolshed.chat.ErrorCode;
import io.github.toolshed.chat.Transport;
import io.github.toolshed.chat.broker.AppendResult;
import io.github.toolshed.chat.broker.Member;
import io.github.toolshed.chat.broker.MessageDraft;
import io.github.toolshed.chat.broker.Replay;
import io.github.toolshed.chat.broker.Signal;
import io.github.toolshed.chat.broker.Subscription;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connected client: a plain receive loop on its own virtual thread ({@code while (frame = take())
 * handle(frame)}) and a writer thread draining its {@link Outbox}.
 */
final class Session implements Connection {

    private static final Logger log = LoggerFactory.getLogger(Session.class);
    private static final String CLOSED = new String("closed");
    private static final int INBOX_CAPACITY = 256;

    private final String id;
    private final Transport transport;
    private final Node node;
    private final Outbox outbox;
    private final BlockingQueue<String> inbox = new ArrayBlockingQueue<>(INBOX_CAPACITY);
    private final AtomicBoolean closing = new AtomicBoolean();
    private final Map<String, Subscription> rooms = new LinkedHashMap<>();
    private final TokenBucket bucket;
    private volatile long lastHeard = System.nanoTime();
    private volatile long lastPing = System.nanoTime();
    private volatile boolean discardInbox;
    private String nick;
    private int abuses;
    private long abuseWindowStart = System.nanoTime();

    Session(String id, Transport transport, Node node) {
        this.id = id;
        this.transport = transport;
        this.node = node;
        this.outbox = new Outbox(transport, node.metrics(), node.settings().outboxMaxBytes(),
                node.settings().writeCoalescing().toNanos());
        this.bucket = new TokenBucket(node.settings().rateBurst(), node.settings().ratePerSecond(), System.nanoTime());
    }

    void start() {
        Thread.ofVirtual().name("chat-write-" + id).start(() -> outbox.drain(this::writeFailed));
        Thread.ofVirtual().name("chat-session-" + id).start(this::run);
    }

    /** A write failed: a timed-out write (the container's own send timeout) marks a slow consumer. */
    private void writeFailed(long tookNanos) {
        if (tookNanos >= node.settings().sendTimeLimit().toNanos()) {
            dropSlow("a write timed out after " + node.settings().sendTimeLimit().toMillis() + " ms");
        } else {
            end(0, null, false);
        }
    }

    @Override
    public String sessionId() {
        return id;
    }

    Outbox outbox() {
        return outbox;
    }

    Node node() {
        return node;
    }

    String remoteAddress() {
        return transport.remoteAddress();
    }

    @Override
    public void receive(String text) {
        lastHeard = System.nanoTime();
        if (tooBig(text)) {
            terminate(CloseCodes.MESSAGE_TOO_BIG, "frame larger than " + node.settings().maxFrameBytes() + " bytes");
        } else if (!enqueue(text)) {
            terminate(CloseCodes.POLICY_VIOLATION, "too many unprocessed frames");
        }
    }

    /**
     * Queues a frame for the receive loop. A full inbox blocks the caller (the container's reading thread,
     * virtual when so configured), which stops reading the socket: TCP flow control pushes back on the client.
     */
    private boolean enqueue(String text) {
        try {
            return inbox.offer(text, node.settings().sendTimeLimit().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void pong() {
        lastHeard = System.nanoTime();
    }

    @Override
    public void closed(int code) {
        end(0, null, false);
    }

    private boolean tooBig(String text) {
        int max = node.settings().maxFrameBytes();
        return text.length() > max || (text.length() * 3L > max && text.getBytes(StandardCharsets.UTF_8).length > max);
    }

    /** The receive loop: the whole life of the session reads top to bottom. */
    private void run() {
        outbox.reply(ServerFrames.welcome(id));
        try {
            while (true) {
                String frame = inbox.take();
                if (frame == CLOSED || discardInbox) {
                    break;
                }
                handleSafely(frame);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            leaveAll();
            node.unregister(this);
        }
    }

    private void handleSafely(String text) {
        try {
            if (!bucket.tryTake(System.nanoTime())) {
                abused();
                throw new ChatException(ErrorCode.RATE_LIMITED, "slow down: at most "
                        + node.settings().ratePerSecond() + " frames per second");
            }
            handle(ClientFrame.parse(node.json(), text));
        } catch (ChatException e) {
            node.metrics().error(e.code());
            outbox.reply(ServerFrames.error(e.code(), e.getMessage()));
        } catch (RuntimeException e) {
            log.error("chat session {} failed on a frame", id, e);
            node.metrics().error(ErrorCode.INTERNAL);
            outbox.reply(ServerFrames.error(ErrorCode.INTERNAL, "the server failed on this frame"));
        }
    }

    private void abused() {
        long now = System.nanoTime();
        if (now - abuseWindowStart > node.settings().abuseWindow().toNanos()) {
            abuseWindowStart = now;
            abuses = 0;
        }
        if (++abuses > node.settings().abuseLimit()) {
            terminate(CloseCodes.POLICY_VIOLATION, "rate limit exceeded repeatedly");
        }
    }

    private void handle(ClientFrame frame) {
        switch (frame) {
            case ClientFrame.Join join -> join(join);
            case ClientFrame.Send send -> send(send);
            case ClientFrame.Typing typing -> node.broker().publish(joined(typing.room()), new Signal.Typing(member()));
            case ClientFrame.Leave leave -> leave(joined(leave.room()), false);
            case ClientFrame.Ping ping -> outbox.reply(ServerFrames.pong());
        }
    }

    private void join(ClientFrame.Join join) {
        String room = Names.room(join.room());
        String wanted = Names.nick(join.nick(), node.settings().maxNickLength());
        if (nick != null && !nick.equals(wanted)) {
            throw new ChatException(ErrorCode.NICK_LOCKED, "this session's nick is '" + nick + "'");
        }
        if (rooms.containsKey(room)) {
            throw new ChatException(ErrorCode.ALREADY_JOINED, "already in room '" + room + "'");
        }
        if (rooms.size() >= node.settings().maxRoomsPerSession()) {
            throw new ChatException(ErrorCode.TOO_MANY_ROOMS, "a session may be in "
                    + node.settings().maxRoomsPerSession() + " rooms at once");
        }
        nick = wanted;
        int recent = node.settings().historyOnJoin();
        Replay replay = join.resume() == null ? new Replay.Recent(recent)
                : new Replay.After(join.resume().epoch(), join.resume().offset(), recent);
        Member me = member();
        rooms.put(room, node.broker().subscribe(room, me, replay, new RoomFeed(this, room)));
        node.joinedLocally(room, this);
        node.broker().publish(room, new Signal.Joined(me));
        outbox.reply(ServerFrames.presence(room, node.broker().members(room)));
        node.presenceChanged(room);
    }

    private void send(ClientFrame.Send send) {
        String room = joined(send.room());
        String text = Names.text(send.text(), node.settings().maxTextLength());
        AppendResult result = node.broker().append(room,
                new MessageDraft(id, nick, text, Names.clientId(send.clientId())));
        if (!result.duplicate()) {
            node.metrics().messageIn();
        }
    }

    private String joined(String room) {
        if (!rooms.containsKey(room)) {
            throw new ChatException(ErrorCode.NOT_JOINED, "not in room '" + Names.printable(room, 64) + "'");
        }
        return room;
    }

    private void leave(String room, boolean disconnected) {
        Subscription subscription = rooms.remove(room);
        subscription.close();
        node.leftLocally(room, this);
        node.broker().publish(room, new Signal.Left(member(), disconnected));
        node.presenceChanged(room);
    }

    private void leaveAll() {
        for (String room : List.copyOf(rooms.keySet())) {
            try {
                leave(room, true);
            } catch (RuntimeException e) {
                log.warn("chat session {} failed to leave room {}", id, room, e);
            }
        }
    }

    private Member member() {
        return new Member(id, nick);
    }

    /** Called by the node's ticker: pings idle connections, closes dead ones and stalled writers. */
    void tick(long now) {
        if (closing.get()) {
            return;
        }
        long silent = now - lastHeard;
        long writing = outbox.writingSince();
        if (writing != 0 && now - writing > node.settings().sendTimeLimit().toNanos()) {
            dropSlow("a write stalled for more than " + node.settings().sendTimeLimit().toMillis() + " ms");
        } else if (silent > node.settings().heartbeatTimeout().toNanos()) {
            terminate(CloseCodes.HEARTBEAT_TIMEOUT, "heartbeat timeout");
        } else if (silent > node.settings().heartbeatInterval().toNanos()
                && now - lastPing > node.settings().heartbeatInterval().toNanos()) {
            lastPing = now;
            outbox.offer(Outbox.PING);
        }
    }

    /** Queues a coalesced presence frame from the node. */
    void presence(String frame) {
        if (!outbox.offer(frame)) {
            dropSlow("outbound queue full");
        }
    }

    void dropSlow(String why) {
        if (!closing.get()) {
            log.warn("chat session {} ({}) dropped as a slow consumer: {}", id, transport.remoteAddress(), why);
            node.metrics().slowConsumerDropped();
            terminate(CloseCodes.SLOW_CONSUMER, "slow consumer");
        }
    }

    /** Ends the session from the server's side: frames not yet handled are discarded. */
    void terminate(int code, String reason) {
        end(code, reason, true);
    }

    /**
     * Ends the session once: stops the writer, closes the transport (when code is non-zero) and lets the
     * loop finish. When the client closed, frames it sent before closing are still handled, in order.
     */
    private void end(int code, String reason, boolean discard) {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        discardInbox = discard;
        outbox.close();
        if (code != 0) {
            Thread.ofVirtual().name("chat-close-" + id).start(() -> transport.close(code, reason));
        }
        if (discard) {
            inbox.clear();
        }
        if (!inbox.offer(CLOSED)) {
            inbox.clear();
            inbox.offer(CLOSED);
        }
    }
}

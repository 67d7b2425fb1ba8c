package io.github.toolshed.chat.internal;

import io.github.toolshed.chat.ChatMetrics.ResumeOutcome;
import io.github.toolshed.chat.CloseCodes;
import io.github.toolshed.chat.ErrorCode;
import io.github.toolshed.chat.broker.ChatMessage;
import io.github.toolshed.chat.broker.History;
import io.github.toolshed.chat.broker.RoomListener;
import io.github.toolshed.chat.broker.Signal;
import java.util.List;

/**
 * One session's view of one room: turns what the broker delivers, in the room's order, into frames on
 * the session's outbox. It never blocks; a full outbox drops the session as a slow consumer.
 */
final class RoomFeed implements RoomListener {

    private final Session session;
    private final Outbox outbox;
    private final Node node;
    private final String room;
    private long lastOffset;

    RoomFeed(Session session, String room) {
        this.session = session;
        this.outbox = session.outbox();
        this.node = session.node();
        this.room = room;
    }

    @Override
    public void onHistory(History history) {
        if (history.recovered() != null) {
            node.metrics().resumed(history.recovered() ? ResumeOutcome.RECOVERED : ResumeOutcome.NOT_RECOVERED);
            outbox.reply(ServerFrames.resumed(room, history.recovered()));
        }
        List<ChatMessage> messages = history.messages();
        if (!messages.isEmpty()) {
            lastOffset = messages.getLast().offset();
        }
        outbox.reply(ServerFrames.history(room, history.epoch(), messages, node.frames()));
    }

    @Override
    public void onMessage(ChatMessage message) {
        if (message.offset() <= lastOffset) {
            return;
        }
        lastOffset = message.offset();
        if (!outbox.offer(node.frames().live(message))) {
            session.dropSlow("outbound queue full");
        }
    }

    @Override
    public void onSignal(Signal signal) {
        if (signal instanceof Signal.Typing typing && typing.member().sessionId().equals(session.sessionId())) {
            return;
        }
        if (!outbox.offer(node.frames().signal(room, signal))) {
            session.dropSlow("outbound queue full");
        }
    }

    @Override
    public void onPaused(String reason) {
        outbox.offer(ServerFrames.error(ErrorCode.UNAVAILABLE, "delivery paused in room '" + room + "': " + reason));
    }

    @Override
    public void onHistoryLost(String reason) {
        session.terminate(CloseCodes.SERVICE_RESTART, "history of room '" + room + "' lost; reconnect and resume");
    }
}

package io.github.toolshed.chat.internal;

import io.github.toolshed.chat.ErrorCode;
import io.github.toolshed.chat.broker.ChatMessage;
import io.github.toolshed.chat.broker.Member;
import io.github.toolshed.chat.broker.Signal;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Encodes the server's frames. A chat message is encoded once and the text shared by every receiver:
 * a small cache keyed by message identity catches the fan-out of one message to many sessions.
 */
final class ServerFrames {

    private record Encoded(ChatMessage message, String json, Outbox.Frame frame) {}

    private record EncodedSignal(Signal signal, Outbox.Frame frame) {}

    private final AtomicReferenceArray<Encoded> recent = new AtomicReferenceArray<>(256);
    private final AtomicReferenceArray<EncodedSignal> recentSignals = new AtomicReferenceArray<>(64);

    static String welcome(String sessionId) {
        return Json.frame("welcome", 64).field("sessionId", sessionId).end();
    }

    static String pong() {
        return "{\"type\":\"pong\"}";
    }

    static String error(ErrorCode code, String reason) {
        return Json.frame("error", 96).field("code", code.wire()).field("reason", reason).end();
    }

    static String history(String room, String epoch, List<ChatMessage> messages, ServerFrames cache) {
        StringBuilder array = new StringBuilder(64 + messages.size() * 128).append('[');
        for (int i = 0; i < messages.size(); i++) {
            if (i > 0) {
                array.append(',');
            }
            array.append(cache.message(messages.get(i)));
        }
        array.append(']');
        return Json.frame("history", array.length() + 64).field("room", room).field("epoch", epoch)
                .raw("messages", array).end();
    }

    static String resumed(String room, boolean recovered) {
        return Json.frame("resumed", 64).field("room", room).field("recovered", recovered).end();
    }

    static String announcement(String room, String kind, String text, Member member) {
        return Json.frame("announcement", 128).field("room", room).field("kind", kind).field("text", text)
                .field("sessionId", member.sessionId()).field("nick", member.nick()).end();
    }

    static String typing(String room, Member member) {
        return Json.frame("typing", 96).field("room", room).field("nick", member.nick())
                .field("sessionId", member.sessionId()).end();
    }

    static String presence(String room, List<Member> members) {
        StringBuilder array = new StringBuilder(16 + members.size() * 48).append('[');
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            if (i > 0) {
                array.append(',');
            }
            array.append("{\"sessionId\":");
            Json.string(array, member.sessionId());
            array.append(",\"nick\":");
            Json.string(array, member.nick());
            array.append('}');
        }
        array.append(']');
        return Json.frame("presence", array.length() + 48).field("room", room).raw("members", array).end();
    }

    /**
     * Returns the frame of a relayed signal (typing, join or leave announcement), reusing the encoding
     * when the same signal object was just encoded: a broker hands one signal to every member's feed,
     * and the members share one frame (and so one UTF-8 encoding in binary mode).
     */
    Outbox.Frame signal(String room, Signal signal) {
        int slot = System.identityHashCode(signal) & (recentSignals.length() - 1);
        EncodedSignal cached = recentSignals.get(slot);
        if (cached != null && cached.signal() == signal) {
            return cached.frame();
        }
        String json = switch (signal) {
            case Signal.Typing typing -> typing(room, typing.member());
            case Signal.Joined joined -> announcement(room, "join", joined.member().nick() + " joined", joined.member());
            case Signal.Left left -> announcement(room, "leave",
                    left.member().nick() + (left.disconnected() ? " disconnected" : " left"), left.member());
        };
        Outbox.Frame frame = new Outbox.Frame(json, 0);
        recentSignals.set(slot, new EncodedSignal(signal, frame));
        return frame;
    }

    /** Returns the encoded {@code message} frame, reusing the encoding when the same message was just seen. */
    String message(ChatMessage message) {
        return encoded(message).json();
    }

    /**
     * Returns the queued form of a live message, one object shared by every member's outbox: a fan-out
     * allocates nothing per receiver but the queue's node. Its time stamp is when the first member got it.
     */
    Outbox.Frame live(ChatMessage message) {
        return encoded(message).frame();
    }

    private Encoded encoded(ChatMessage message) {
        int slot = (message.room().hashCode() * 31 + Long.hashCode(message.offset())) & (recent.length() - 1);
        Encoded cached = recent.get(slot);
        if (cached != null && cached.message() == message) {
            return cached;
        }
        String json = Json.frame("message", message.text().length() + 160)
                .field("room", message.room())
                .field("offset", message.offset())
                .field("from", message.from())
                .field("nick", message.nick())
                .field("text", message.text())
                .field("ts", message.ts())
                .field("clientId", message.clientId())
                .end();
        Encoded encoded = new Encoded(message, json, new Outbox.Frame(json, System.nanoTime()));
        recent.set(slot, encoded);
        return encoded;
    }
}

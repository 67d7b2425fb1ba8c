package io.github.toolshed.chat.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Binary mode ({@code ?frames=binary}) next to text mode: the same frames, only the message type differs. */
class ChatBinaryFramesTest {

    private static int port;

    @BeforeAll
    static void start() {
        port = StandardServer.port();
    }

    @Test
    void textAndBinaryClientsReceiveIdenticalFrames() {
        String nasty = "<b>ünï</b> ✓ 😀 \u2028 \"q\" \\ line\nbreak";
        try (WsClient sender = WsClient.welcomed(port);
             WsClient text = WsClient.welcomed(port);
             WsClient binary = WsClient.welcomedBinary(port)) {
            sender.join("modes", "sender");
            text.join("modes", "text");
            binary.join("modes", "binary");
            for (int i = 0; i < 40; i++) {
                sender.say("modes", nasty + " " + i, "c" + i);
            }
            for (int i = 0; i < 40; i++) {
                assertThat(text.nextMessage().get("text").stringValue()).isEqualTo(nasty + " " + i);
                assertThat(binary.nextMessage().get("text").stringValue()).isEqualTo(nasty + " " + i);
            }
            assertThat(messages(binary.lines())).hasSize(40).isEqualTo(messages(text.lines()));
            assertThat(binary.textMessages()).isZero();
            assertThat(binary.binaryMessages()).isPositive();
            assertThat(text.binaryMessages()).isZero();
        }
    }

    @Test
    void aBinaryClientSpeaksTheWholeProtocol() {
        try (WsClient a = WsClient.welcomedBinary(port); WsClient b = WsClient.welcomedBinary(port)) {
            JsonNode history = a.join("binary-room", "alice");
            assertThat(history.get("room").stringValue()).isEqualTo("binary-room");
            b.join("binary-room", "bob");
            a.say("binary-room", "hello", "h1");
            JsonNode message = b.nextMessage();
            assertThat(message.get("nick").stringValue()).isEqualTo("alice");
            a.send("{not json");
            assertThat(a.next("error").get("code").stringValue()).isNotBlank();
            assertThat(a.textMessages()).isZero();
        }
    }

    @Test
    void onlyTheExactQueryParameterSelectsBinaryMode() {
        assertThat(ChatWebSocketHandler.wantsBinary(URI.create("ws://h/chat/ws?frames=binary"))).isTrue();
        assertThat(ChatWebSocketHandler.wantsBinary(URI.create("ws://h/chat/ws?a=1&frames=binary&b"))).isTrue();
        assertThat(ChatWebSocketHandler.wantsBinary(URI.create("ws://h/chat/ws"))).isFalse();
        assertThat(ChatWebSocketHandler.wantsBinary(URI.create("ws://h/chat/ws?frames=binaryx"))).isFalse();
        assertThat(ChatWebSocketHandler.wantsBinary(URI.create("ws://h/chat/ws?xframes=binary"))).isFalse();
        assertThat(ChatWebSocketHandler.wantsBinary(URI.create("ws://h/chat/ws?frames=text"))).isFalse();
        assertThat(ChatWebSocketHandler.wantsBinary(null)).isFalse();
    }

    private static List<String> messages(List<String> lines) {
        return lines.stream().filter(line -> line.startsWith("{\"type\":\"message\"")).toList();
    }
}

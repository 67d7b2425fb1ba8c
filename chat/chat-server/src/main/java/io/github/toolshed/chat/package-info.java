/**
 * A WebSocket chat server that loses nothing on reconnect, independent of any web framework.
 *
 * <p>{@link io.github.toolshed.chat.ChatServer} is the entry point: a WebSocket adapter (the Spring one in
 * {@code io.github.toolshed.chat.spring}, or any other) implements {@link io.github.toolshed.chat.Transport}
 * for each connection and feeds the {@link io.github.toolshed.chat.Connection} the server returns. Each
 * connection is a plain receive loop on a virtual thread; rooms, history, fan-out and presence live behind
 * the {@link io.github.toolshed.chat.broker.ChatBroker} SPI. Limits are set with
 * {@link io.github.toolshed.chat.ChatSettings}; errors sent to clients carry an
 * {@link io.github.toolshed.chat.ErrorCode}; connections end with one of the {@link io.github.toolshed.chat.CloseCodes}.
 * The wire protocol is documented in docs/chat-protocol.md.
 */
package io.github.toolshed.chat;

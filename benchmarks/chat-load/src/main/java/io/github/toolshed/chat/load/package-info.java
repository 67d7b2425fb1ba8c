/**
 * The chat load tool: {@link io.github.toolshed.chat.load.ChatLoad} drives N WebSocket clients through a
 * {@link io.github.toolshed.chat.load.ChatProtocol} ({@link io.github.toolshed.chat.load.ToolshedProtocol}
 * for Toolshed's chat) and measures what arrives; {@link io.github.toolshed.chat.load.ChatBenchServer} is the
 * chat server it measures.
 */
package io.github.toolshed.chat.load;

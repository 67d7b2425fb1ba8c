package io.github.toolshed.chat.broker;

/**
 * The outcome of an append.
 *
 * @param message the stored message: the new one, or the earlier one with the same clientId
 * @param duplicate true when the clientId was already in the room's retained history and nothing was appended
 */
public record AppendResult(ChatMessage message, boolean duplicate) {}

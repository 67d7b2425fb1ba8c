/**
 * The broker SPI: room logs with per-room offsets and epochs, live fan-out, presence and relayed signals.
 *
 * <p>A session subscribes to a room with a {@link io.github.toolshed.chat.broker.Replay}; the broker answers
 * with one {@link io.github.toolshed.chat.broker.History} and then every later message, so a reconnecting
 * client's replay and its live stream meet without gap or overlap. {@link io.github.toolshed.chat.broker.InMemoryBroker}
 * is the embedded default; a broker spanning several nodes implements the same interface.
 */
package io.github.toolshed.chat.broker;

/**
 * Machinery of the chat server, not an API: the node (registry, caps, ticker), sessions with their receive
 * loop and bounded outbox, the protocol parser and the frame encoder.
 */
package io.github.toolshed.chat.internal;

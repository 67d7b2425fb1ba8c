/**
 * Spring Boot integration: {@link io.github.toolshed.chat.spring.ChatAutoConfiguration} builds the broker,
 * the server and the WebSocket endpoint from {@link io.github.toolshed.chat.spring.ChatProperties}
 * ({@code toolshed.chat.*}), records Micrometer metrics, and serves the browser client at {@code /chat/}.
 */
package io.github.toolshed.chat.spring;

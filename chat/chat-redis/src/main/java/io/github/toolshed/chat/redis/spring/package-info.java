/**
 * Spring Boot auto-configuration that puts the Redis Streams broker behind the chat server when
 * {@code toolshed.chat.broker=redis}, connected through Spring Boot's {@code spring.data.redis.*} properties.
 */
package io.github.toolshed.chat.redis.spring;

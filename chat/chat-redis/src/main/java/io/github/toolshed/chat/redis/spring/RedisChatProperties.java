package io.github.toolshed.chat.redis.spring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the Redis Streams broker ({@code toolshed.chat.redis.*}); the connection itself comes from
 * Spring Boot's {@code spring.data.redis.*} properties, the retained history and room cap from
 * {@code toolshed.chat.*}.
 */
@ConfigurationProperties("toolshed.chat.redis")
public class RedisChatProperties {

    /** Prefix of every Redis key and channel the chat uses. */
    private String keyPrefix = "toolshed:chat";

    /** This node's id in presence; a random id per start when empty. */
    private String nodeId = "";

    /** How long a node's members stay in presence after its last heartbeat (heartbeats every third of it). */
    private Duration presenceTtl = Duration.ofSeconds(15);

    /** How long one blocking XREAD waits before the reader looks at its rooms again. */
    private Duration readBlock = Duration.ofMillis(200);

    /**
     * Returns the key prefix.
     *
     * @return the prefix
     */
    public String getKeyPrefix() {
        return keyPrefix;
    }

    /**
     * Sets the key prefix.
     *
     * @param keyPrefix the prefix
     */
    public void setKeyPrefix(String keyPrefix) {
        this.keyPrefix = keyPrefix;
    }

    /**
     * Returns the node id, empty for a random one.
     *
     * @return the node id
     */
    public String getNodeId() {
        return nodeId;
    }

    /**
     * Sets the node id.
     *
     * @param nodeId the node id
     */
    public void setNodeId(String nodeId) {
        this.nodeId = nodeId;
    }

    /**
     * Returns the presence TTL.
     *
     * @return the TTL
     */
    public Duration getPresenceTtl() {
        return presenceTtl;
    }

    /**
     * Sets the presence TTL.
     *
     * @param presenceTtl the TTL
     */
    public void setPresenceTtl(Duration presenceTtl) {
        this.presenceTtl = presenceTtl;
    }

    /**
     * Returns the blocking time of one read.
     *
     * @return the time
     */
    public Duration getReadBlock() {
        return readBlock;
    }

    /**
     * Sets the blocking time of one read.
     *
     * @param readBlock the time
     */
    public void setReadBlock(Duration readBlock) {
        this.readBlock = readBlock;
    }
}

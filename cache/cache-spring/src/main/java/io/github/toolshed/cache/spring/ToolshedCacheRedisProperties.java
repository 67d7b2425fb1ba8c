package io.github.toolshed.cache.spring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the Redis stores ({@code toolshed.cache.redis.*}), used when
 * {@code toolshed.cache.page.store} is {@code redis} or {@code two-level} or
 * {@code toolshed.cache.fragment.store} is {@code redis}. Where Redis is comes from Spring Boot's
 * {@code spring.data.redis.*} properties.
 */
@ConfigurationProperties("toolshed.cache.redis")
public class ToolshedCacheRedisProperties {

    /** Prefix of the page keys in Redis; nodes sharing pages must use the same one. */
    private String pagePrefix = "toolshed:page:";

    /** Prefix of the fragment keys in Redis. */
    private String fragmentPrefix = "toolshed:fragment:";

    /**
     * Longest time a page lives in a node's local level (two-level store): the staleness bound
     * when an invalidation message is lost.
     */
    private Duration localTtl = Duration.ofSeconds(5);

    /** Bound on the memory of a node's local level (two-level store). */
    private DataSize localMaxSize = DataSize.ofMegabytes(64);

    /**
     * How long one Redis command may take before the cache treats Redis as down and serves
     * without it; short, since it adds to a request's time while Redis hangs.
     */
    private Duration commandTimeout = Duration.ofMillis(500);

    /** Longest pause between reconnection attempts while Redis is down. */
    private Duration reconnectDelay = Duration.ofSeconds(1);

    /** Creates the settings with their defaults. */
    public ToolshedCacheRedisProperties() {}

    /** @return the page key prefix */
    public String getPagePrefix() {
        return pagePrefix;
    }

    /** @param pagePrefix the page key prefix */
    public void setPagePrefix(String pagePrefix) {
        this.pagePrefix = pagePrefix;
    }

    /** @return the fragment key prefix */
    public String getFragmentPrefix() {
        return fragmentPrefix;
    }

    /** @param fragmentPrefix the fragment key prefix */
    public void setFragmentPrefix(String fragmentPrefix) {
        this.fragmentPrefix = fragmentPrefix;
    }

    /** @return the local level's lifetime bound */
    public Duration getLocalTtl() {
        return localTtl;
    }

    /** @param localTtl the local level's lifetime bound */
    public void setLocalTtl(Duration localTtl) {
        this.localTtl = localTtl;
    }

    /** @return the local level's memory bound */
    public DataSize getLocalMaxSize() {
        return localMaxSize;
    }

    /** @param localMaxSize the local level's memory bound */
    public void setLocalMaxSize(DataSize localMaxSize) {
        this.localMaxSize = localMaxSize;
    }

    /** @return the command timeout */
    public Duration getCommandTimeout() {
        return commandTimeout;
    }

    /** @param commandTimeout the command timeout */
    public void setCommandTimeout(Duration commandTimeout) {
        this.commandTimeout = commandTimeout;
    }

    /** @return the longest reconnection pause */
    public Duration getReconnectDelay() {
        return reconnectDelay;
    }

    /** @param reconnectDelay the longest reconnection pause */
    public void setReconnectDelay(Duration reconnectDelay) {
        this.reconnectDelay = reconnectDelay;
    }
}

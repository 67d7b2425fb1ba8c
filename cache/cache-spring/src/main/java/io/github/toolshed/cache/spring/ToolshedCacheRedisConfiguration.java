package io.github.toolshed.cache.spring;

import io.github.toolshed.cache.FragmentStore;
import io.github.toolshed.cache.PageStore;
import io.github.toolshed.cache.redis.RedisCacheConnection;
import io.github.toolshed.cache.redis.RedisFragmentStore;
import io.github.toolshed.cache.redis.RedisPageStore;
import io.github.toolshed.cache.redis.TwoLevelPageStore;
import io.lettuce.core.RedisURI;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The Redis stores (toolshed-cache-redis, an optional dependency): the connection from
 * {@code spring.data.redis.*}, the page store chosen by {@code toolshed.cache.page.store}
 * ({@code redis} or {@code two-level}) and the fragment store when
 * {@code toolshed.cache.fragment.store=redis}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "io.github.toolshed.cache.redis.RedisCacheConnection")
@Conditional(StoreConditions.OnAnyRedisStore.class)
@EnableConfigurationProperties(ToolshedCacheRedisProperties.class)
class ToolshedCacheRedisConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    RedisCacheConnection toolshedRedisCacheConnection(Environment environment, ToolshedCacheRedisProperties redis) {
        RedisURI uri = SpringRedisUri.from(environment);
        return RedisCacheConnection.create(uri, redis.getCommandTimeout(), redis.getReconnectDelay());
    }

    @Bean
    @ConditionalOnMissingBean(PageStore.class)
    @Conditional(StoreConditions.OnRedisPageStore.class)
    RedisPageStore toolshedRedisPageStore(RedisCacheConnection connection, ToolshedCacheRedisProperties redis) {
        return new RedisPageStore(connection, redis.getPagePrefix(), Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean(PageStore.class)
    @Conditional(StoreConditions.OnTwoLevelPageStore.class)
    TwoLevelPageStore toolshedTwoLevelPageStore(RedisCacheConnection connection, ToolshedCacheRedisProperties redis) {
        return TwoLevelPageStore.builder(connection)
                .prefix(redis.getPagePrefix())
                .localTtl(redis.getLocalTtl())
                .localMaximumBytes(redis.getLocalMaxSize().toBytes())
                .build();
    }

    @Bean
    @ConditionalOnMissingBean(FragmentStore.class)
    @ConditionalOnBooleanProperty(name = "toolshed.cache.fragment.enabled", matchIfMissing = true)
    @Conditional(StoreConditions.OnRedisFragmentStore.class)
    RedisFragmentStore toolshedRedisFragmentStore(RedisCacheConnection connection, ToolshedCacheRedisProperties redis) {
        return new RedisFragmentStore(connection, redis.getFragmentPrefix());
    }

    @Bean
    @ConditionalOnMissingBean(StoreAvailability.class)
    StoreAvailability toolshedRedisAvailability(RedisCacheConnection connection, ToolshedCacheProperties properties) {
        String fallback = switch (properties.getPage().getStore()) {
            case TWO_LEVEL -> "pages are cached in this node's local level only";
            case REDIS -> "pages are rendered without the page cache";
            case CAFFEINE -> "fragments are rendered without the fragment cache";
        };
        return new StoreAvailability() {
            @Override
            public boolean available() {
                return connection.ping();
            }

            @Override
            public String backend() {
                return connection.toString();
            }

            @Override
            public String fallback() {
                return fallback;
            }
        };
    }
}

package io.github.toolshed.cache.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.toolshed.cache.CachedPage;
import io.github.toolshed.cache.CaffeineFragmentStore;
import io.github.toolshed.cache.CaffeinePageStore;
import io.github.toolshed.cache.FragmentKey;
import io.github.toolshed.cache.FragmentStore;
import io.github.toolshed.cache.PageCache;
import io.github.toolshed.cache.PageStore;
import io.github.toolshed.cache.nginx.PublishingPageStore;
import io.github.toolshed.cache.nginx.SurrogateHeadersStore;
import io.github.toolshed.cache.redis.RedisCacheConnection;
import io.github.toolshed.cache.redis.RedisFragmentStore;
import io.github.toolshed.cache.redis.RedisPageStore;
import io.github.toolshed.cache.redis.TwoLevelPageStore;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** toolshed.cache.page.store, fragment.store, the fronts and the pageCache health indicator. */
class StoresAndFrontsAutoConfigurationTest {

    private final WebApplicationContextRunner web = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ToolshedCacheAutoConfiguration.class));

    /** A loopback port nothing listens on: Redis there is "down" from the start. */
    private static String deadRedis() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "spring.data.redis.url=redis://127.0.0.1:" + socket.getLocalPort();
        }
    }

    @Test
    void defaultStores_areCaffeine_andNoRedisConnectionIsOpened() {
        web.run(context -> {
            assertThat(context.getBean(PageStore.class)).isInstanceOf(CaffeinePageStore.class);
            assertThat(context.getBean(FragmentStore.class)).isInstanceOf(CaffeineFragmentStore.class);
            assertThat(context).doesNotHaveBean(RedisCacheConnection.class);
            assertThat(context.getBean(PageCache.class).store()).isSameAs(context.getBean(PageStore.class));
        });
    }

    @Test
    void pageFilter_runsBeforeSpringsObservationAndSecurityFilters_byDefault() {
        web.run(context -> {
            FilterRegistrationBean<?> registration = context.getBean(ToolshedCacheAutoConfiguration.FILTER_REGISTRATION_BEAN,
                    FilterRegistrationBean.class);
            assertThat(registration.getOrder()).isEqualTo(Ordered.HIGHEST_PRECEDENCE)
                    .isLessThan(Ordered.HIGHEST_PRECEDENCE + 1) // ServerHttpObservationFilter
                    .isLessThan(-100); // Spring Security's filter chain
        });
        web.withPropertyValues("toolshed.cache.page.filter-order=-50").run(context -> assertThat(context
                .getBean(ToolshedCacheAutoConfiguration.FILTER_REGISTRATION_BEAN, FilterRegistrationBean.class).getOrder())
                .isEqualTo(-50));
    }

    @Test
    void twoLevelStore_isBuiltFromSpringDataRedisProperties_evenWithRedisDown() throws IOException {
        web.withPropertyValues("toolshed.cache.page.store=two-level", deadRedis(), "toolshed.cache.redis.command-timeout=200ms")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).hasSingleBean(RedisCacheConnection.class);
                    assertThat(context.getBean(PageStore.class)).isInstanceOf(TwoLevelPageStore.class);
                    assertThat(context.getBean(FragmentStore.class)).isInstanceOf(CaffeineFragmentStore.class);
                });
    }

    @Test
    void redisStores_forPagesAndFragments() throws IOException {
        web.withPropertyValues("toolshed.cache.page.store=REDIS", "toolshed.cache.fragment.store=redis", deadRedis())
                .run(context -> {
                    assertThat(context.getBean(PageStore.class)).isInstanceOf(RedisPageStore.class);
                    assertThat(context.getBean(FragmentStore.class)).isInstanceOf(RedisFragmentStore.class);
                    assertThat(context).hasSingleBean(RedisCacheConnection.class);
                });
    }

    @Test
    void fragmentStoreNone_keepsTheTagWorking_butStoresNothing() {
        web.withPropertyValues("toolshed.cache.fragment.store=none").run(context -> {
            FragmentStore store = context.getBean(FragmentStore.class);
            AtomicInteger renders = new AtomicInteger();
            FragmentKey key = FragmentKey.of("sidebar");
            assertThat(store.getOrRender(key, Duration.ofMinutes(5), () -> "r" + renders.incrementAndGet())).isEqualTo("r1");
            assertThat(store.getOrRender(key, Duration.ofMinutes(5), () -> "r" + renders.incrementAndGet())).isEqualTo("r2");
            assertThat(store.get(key)).isNull();
        });
    }

    @Test
    void redisStoreWithoutCacheRedisOnTheClassPath_failsNamingTheArtifact() {
        web.withPropertyValues("toolshed.cache.page.store=redis")
                .withClassLoader(new FilteredClassLoader("io.github.toolshed.cache.redis."))
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("toolshed-cache-redis");
                });
    }

    @Test
    void userPageStoreAndConnection_backOffTheRedisBeans() throws IOException {
        web.withPropertyValues("toolshed.cache.page.store=two-level", deadRedis())
                .withUserConfiguration(UserBeans.class)
                .run(context -> {
                    assertThat(context).hasSingleBean(PageStore.class);
                    assertThat(context.getBean(PageCache.class).store()).isSameAs(context.getBean("userStore"));
                    assertThat(context.getBean(RedisCacheConnection.class)).isSameAs(context.getBean("userConnection"));
                });
    }

    @Test
    void health_isUpWithTheStoreSize_forTheLocalStore() {
        web.run(context -> {
            Health health = context.getBean("pageCacheHealthIndicator", HealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("store", "CaffeinePageStore").containsEntry("entries", 0L);
        });
    }

    @Test
    void health_isDegradedWithTheReason_whileRedisIsUnreachable() throws IOException {
        web.withPropertyValues("toolshed.cache.page.store=two-level", deadRedis(), "toolshed.cache.redis.command-timeout=200ms")
                .run(context -> {
                    Health health = context.getBean("pageCacheHealthIndicator", HealthIndicator.class).health();
                    assertThat(health.getStatus().getCode()).isEqualTo("DEGRADED");
                    assertThat((String) health.getDetails().get("reason")).contains("unreachable");
                    assertThat(health.getDetails()).containsEntry("serving", "pages are cached in this node's local level only");
                });
    }

    @Test
    void health_backsOff_whenDisabledOrWithoutActuatorHealth() {
        web.withPropertyValues("management.health.pagecache.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean("pageCacheHealthIndicator"));
        web.withClassLoader(new FilteredClassLoader("org.springframework.boot.health."))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean("pageCacheHealthIndicator");
                });
    }

    @Test
    void staticFront_writesStoredPagesUnderTheDirectory(@TempDir Path root) {
        web.withPropertyValues("toolshed.cache.nginx.static.enabled=true", "toolshed.cache.nginx.static.directory=" + root)
                .run(context -> {
                    PageStore store = context.getBean(PageCache.class).store();
                    assertThat(store).isInstanceOf(PublishingPageStore.class);
                    store.put("k", page("/blog/first/"));
                    assertThat(Files.readString(root.resolve("blog/first/index.html"))).isEqualTo("<p>hello</p>");
                });
    }

    @Test
    void memcachedFront_withAMalformedServer_failsStartup() {
        web.withPropertyValues("toolshed.cache.nginx.memcached.enabled=true", "toolshed.cache.nginx.memcached.servers=no-port")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .hasMessageContaining("toolshed.cache.nginx.memcached.servers must hold host:port");
                });
    }

    @Test
    void memcachedAndVarnish_decorateTheStore_surrogateHeadersInnermost() {
        web.withPropertyValues("toolshed.cache.nginx.memcached.enabled=true",
                        "toolshed.cache.nginx.memcached.servers=127.0.0.1:1,[::1]:2",
                        "toolshed.cache.varnish.surrogate-headers=true", "toolshed.cache.varnish.purge-host=127.0.0.1")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(PageCache.class).store()).isInstanceOf(PublishingPageStore.class);
                    var publishing = context.getBean(ToolshedCacheFrontsConfiguration.Publishing.class);
                    assertThat(publishing.publishers()).hasSize(3);
                    assertThat(publishing.owned()).hasSize(2);
                });
        web.withPropertyValues("toolshed.cache.varnish.surrogate-headers=true")
                .run(context -> assertThat(context.getBean(PageCache.class).store()).isInstanceOf(SurrogateHeadersStore.class));
    }

    @Test
    void frontsWithoutCacheNginxOnTheClassPath_failNamingTheArtifact() {
        web.withPropertyValues("toolshed.cache.nginx.memcached.enabled=true")
                .withClassLoader(new FilteredClassLoader("io.github.toolshed.cache.nginx."))
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("toolshed-cache-nginx");
                });
    }

    private static CachedPage page(String path) {
        Instant now = Instant.now();
        Instant later = now.plus(Duration.ofMinutes(1));
        return new CachedPage(200, List.of(new CachedPage.Header("Content-Type", "text/html")),
                "<p>hello</p>".getBytes(StandardCharsets.UTF_8), "\"e\"", Instant.ofEpochSecond(now.getEpochSecond()),
                now, later, later, later, Set.of(), "http://localhost" + path, path, Duration.ofMillis(5));
    }

    @Configuration(proxyBeanMethods = false)
    static class UserBeans {
        @Bean
        PageStore userStore() {
            return CaffeinePageStore.builder().maximumBytes(8192).build();
        }

        @Bean(destroyMethod = "close")
        RedisCacheConnection userConnection() {
            return RedisCacheConnection.create("redis://127.0.0.1:1");
        }
    }
}

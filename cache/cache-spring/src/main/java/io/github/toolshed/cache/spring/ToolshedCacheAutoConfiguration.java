package io.github.toolshed.cache.spring;

import io.github.toolshed.cache.CacheException;
import io.github.toolshed.cache.CaffeineFragmentStore;
import io.github.toolshed.cache.CaffeinePageStore;
import io.github.toolshed.cache.FragmentStore;
import io.github.toolshed.cache.PageCache;
import io.github.toolshed.cache.PageCacheBuilder;
import io.github.toolshed.cache.PageCacheFilter;
import io.github.toolshed.cache.PageCacheListener;
import io.github.toolshed.cache.PageStore;
import io.github.toolshed.cache.UrlMatcher;
import jakarta.servlet.DispatcherType;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Auto-configuration of the Toolshed page cache: a {@link PageStore} (Caffeine, bounded by
 * {@code toolshed.cache.page.max-size}), the {@link PageCache} built from
 * {@code toolshed.cache.page.*}, its filter as a {@link FilterRegistrationBean} in servlet web
 * applications, a {@link FragmentStore}, Micrometer meters when Micrometer is present and the
 * {@code pagecache} Actuator endpoint when Actuator is. {@code toolshed.cache.page.store} selects
 * Caffeine, Redis or a two-level store (Redis from {@code spring.data.redis.*}, with
 * toolshed-cache-redis), {@code toolshed.cache.nginx.*} and {@code toolshed.cache.varnish.*}
 * enable the fronts (with toolshed-cache-nginx), and the {@code pageCache} health indicator
 * reports a shared store's outage. Every bean backs off when the
 * application defines its own. It needs the Jakarta Servlet API on the class path, since the
 * page cache is a servlet filter.
 */
@AutoConfiguration
@ConditionalOnClass(name = {"io.github.toolshed.cache.PageCache", "jakarta.servlet.Filter"})
@EnableConfigurationProperties(ToolshedCacheProperties.class)
@Import({ToolshedCacheRedisConfiguration.class, ToolshedCacheFrontsConfiguration.class})
public class ToolshedCacheAutoConfiguration {

    /** The bean name of the filter registration, for applications that replace it. */
    public static final String FILTER_REGISTRATION_BEAN = "toolshedPageCacheFilterRegistration";

    private static final Log LOG = LogFactory.getLog(ToolshedCacheAutoConfiguration.class);

    /** Creates the auto-configuration (instantiated by Spring Boot). */
    public ToolshedCacheAutoConfiguration() {}

    /**
     * The store of cached pages.
     *
     * @param properties the cache properties
     * @return a Caffeine store bounded by {@code toolshed.cache.page.max-size}
     */
    @Bean
    @ConditionalOnMissingBean
    @Conditional(StoreConditions.OnCaffeinePageStore.class)
    public PageStore toolshedPageStore(ToolshedCacheProperties properties) {
        return CaffeinePageStore.builder().maximumBytes(properties.getPage().getMaxSize().toBytes()).build();
    }

    /**
     * The page cache.
     *
     * @param properties the cache properties
     * @param store the page store
     * @param listeners every {@link PageCacheListener} bean (metrics among them)
     * @param matchers extra {@link UrlMatcher} beans, e.g. surlex patterns, added to the configured ones
     * @param decorators the fronts' wrappers of the store (package-private type)
     * @return the cache
     */
    @Bean
    @ConditionalOnMissingBean
    public PageCache toolshedPageCache(ToolshedCacheProperties properties, PageStore store,
            ObjectProvider<PageCacheListener> listeners, ObjectProvider<UrlMatcher> matchers,
            ObjectProvider<PageStoreDecorator> decorators) {
        ToolshedCacheProperties.Page page = properties.getPage();
        List<PageCacheListener> all = listeners.orderedStream().toList();
        PageStore decorated = store;
        for (PageStoreDecorator decorator : decorators.orderedStream().toList()) {
            decorated = decorator.decorate(decorated);
        }
        PageCacheBuilder builder = PageCache.builder()
                .store(decorated)
                .cache(page.getPatterns().toArray(String[]::new))
                .cache(matchers.orderedStream().toArray(UrlMatcher[]::new))
                .hosts(page.getHosts())
                .sessionCookies(page.getSessionCookies())
                .csrfAttributes(page.getCsrfAttributes())
                .defaultTtl(page.getDefaultTtl())
                .staleWhileRevalidate(page.getStaleWhileRevalidate())
                .staleIfError(page.getStaleIfError())
                .lockTimeout(page.getLockTimeout())
                .maxEntryBytes(page.getMaxEntrySize().toBytes())
                .cacheableStatuses(page.getCacheableStatuses())
                .maxQueryVariants(page.getMaxQueryVariants())
                .exposeHeader(page.isExposeHeader())
                .listener((outcome, reason, saved) -> {
                    for (PageCacheListener listener : all) {
                        listener.onRequest(outcome, reason, saved);
                    }
                });
        if (page.getQueryParameters() != null) {
            builder.queryParameters(page.getQueryParameters());
        }
        PageCache cache = builder.build();
        if (cache.patterns().isEmpty()) {
            LOG.info("Toolshed page cache: no toolshed.cache.page.patterns configured, nothing will be cached");
        }
        return cache;
    }

    /**
     * The store of rendered template fragments for the {@code {% cache %}} tag.
     *
     * @param properties the cache properties
     * @return a Caffeine store bounded by {@code toolshed.cache.fragment.max-size}
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBooleanProperty(name = "toolshed.cache.fragment.enabled", matchIfMissing = true)
    @Conditional(StoreConditions.OnCaffeineFragmentStore.class)
    public FragmentStore toolshedFragmentStore(ToolshedCacheProperties properties) {
        return CaffeineFragmentStore.builder()
                .maximumBytes(properties.getFragment().getMaxSize().toBytes())
                .lockTimeout(properties.getFragment().getLockTimeout())
                .build();
    }

    /**
     * A fragment store that stores nothing, for {@code toolshed.cache.fragment.store=none}.
     *
     * @return a store whose every lookup misses
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBooleanProperty(name = "toolshed.cache.fragment.enabled", matchIfMissing = true)
    @Conditional(StoreConditions.OnNoFragmentStore.class)
    public FragmentStore toolshedNoFragmentStore() {
        return new NoFragmentStore();
    }

    /** Registers the filter in servlet web applications. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnBooleanProperty(name = "toolshed.cache.page.enabled", matchIfMissing = true)
    static class FilterConfiguration {

        @Bean(name = FILTER_REGISTRATION_BEAN)
        @ConditionalOnMissingBean(name = FILTER_REGISTRATION_BEAN)
        FilterRegistrationBean<PageCacheFilter> toolshedPageCacheFilterRegistration(PageCache cache,
                ToolshedCacheProperties properties) {
            FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(cache.filter());
            registration.setName("toolshedPageCache");
            registration.setDispatcherTypes(DispatcherType.REQUEST);
            registration.setOrder(properties.getPage().getFilterOrder());
            registration.addUrlPatterns("/*");
            registration.setAsyncSupported(true);
            return registration;
        }
    }

    /** Micrometer meters, bound to every registry by Spring Boot. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
    static class MetricsConfiguration {

        @Bean
        @ConditionalOnMissingBean
        PageCacheMetrics toolshedPageCacheMetrics(PageStore store) {
            return new PageCacheMetrics(store);
        }
    }

    /** The page store's health indicator, the {@code pageCache} component of the health endpoint. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    static class HealthConfiguration {

        @Bean
        @ConditionalOnMissingBean(name = "pageCacheHealthIndicator")
        @ConditionalOnEnabledHealthIndicator("pagecache")
        HealthIndicator pageCacheHealthIndicator(PageStore store, ObjectProvider<StoreAvailability> availability) {
            return new PageStoreHealthIndicator(store, availability.orderedStream().toList());
        }
    }

    /** Fails with the fix when a Redis store is chosen without toolshed-cache-redis. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingClass("io.github.toolshed.cache.redis.RedisCacheConnection")
    @Conditional(StoreConditions.OnAnyRedisStore.class)
    static class MissingRedisConfiguration {

        MissingRedisConfiguration() {
            throw new CacheException("toolshed.cache.page.store or toolshed.cache.fragment.store uses Redis,"
                    + " which needs io.github.toolshed:toolshed-cache-redis on the class path");
        }
    }

    /** Fails with the fix when a front is enabled without toolshed-cache-nginx. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingClass("io.github.toolshed.cache.nginx.PublishingPageStore")
    @Conditional(StoreConditions.OnAnyFront.class)
    static class MissingFrontsConfiguration {

        MissingFrontsConfiguration() {
            throw new CacheException("toolshed.cache.nginx.* and toolshed.cache.varnish.* need"
                    + " io.github.toolshed:toolshed-cache-nginx on the class path");
        }
    }

    /** The {@code pagecache} Actuator endpoint. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Endpoint.class)
    static class EndpointConfiguration {

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnAvailableEndpoint
        PageCacheEndpoint toolshedPageCacheEndpoint(PageCache cache) {
            return new PageCacheEndpoint(cache);
        }
    }
}

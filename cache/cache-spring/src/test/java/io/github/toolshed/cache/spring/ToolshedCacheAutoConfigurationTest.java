package io.github.toolshed.cache.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.toolshed.cache.CacheOutcome;
import io.github.toolshed.cache.CacheReason;
import io.github.toolshed.cache.CaffeinePageStore;
import io.github.toolshed.cache.FragmentStore;
import io.github.toolshed.cache.PageCache;
import io.github.toolshed.cache.PageStore;
import io.github.toolshed.cache.UrlMatcher;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class ToolshedCacheAutoConfigurationTest {

    private final WebApplicationContextRunner web = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ToolshedCacheAutoConfiguration.class));

    @Test
    void defaults_createStoreCacheFragmentStoreFilterAndMetrics() {
        web.run(context -> {
            assertThat(context).hasSingleBean(PageStore.class);
            assertThat(context).hasSingleBean(PageCache.class);
            assertThat(context).hasSingleBean(FragmentStore.class);
            assertThat(context).hasSingleBean(PageCacheMetrics.class);
            assertThat(context).hasBean(ToolshedCacheAutoConfiguration.FILTER_REGISTRATION_BEAN);
            FilterRegistrationBean<?> registration =
                    context.getBean(ToolshedCacheAutoConfiguration.FILTER_REGISTRATION_BEAN, FilterRegistrationBean.class);
            assertThat(registration.getFilter()).isSameAs(context.getBean(PageCache.class).filter());
            assertThat(context.getBean(PageCache.class).patterns()).isEmpty();
        });
    }

    @Test
    void properties_areBoundIntoTheCacheAndStore() {
        web.withPropertyValues(
                        "toolshed.cache.page.patterns=/blog/**,/docs/*",
                        "toolshed.cache.page.max-size=2MB",
                        "toolshed.cache.page.default-ttl=5m")
                .run(context -> {
                    PageCache cache = context.getBean(PageCache.class);
                    assertThat(cache.patterns()).extracting(UrlMatcher::pattern).containsExactly("/blog/**", "/docs/*");
                    assertThat(cache.matches("/blog/2010/x")).isTrue();
                    assertThat(cache.matches("/admin")).isFalse();
                    assertThat(context.getBean(PageStore.class).stats().maximumBytes()).isEqualTo(2L * 1024 * 1024);
                });
    }

    @Test
    void userPageStore_backsOffTheCaffeineStore_andIsUsedByTheCache() {
        web.withUserConfiguration(CustomStore.class).run(context -> {
            assertThat(context).hasSingleBean(PageStore.class);
            assertThat(context.getBean(PageCache.class).store()).isSameAs(context.getBean("customStore"));
        });
    }

    @Test
    void userPageCache_backsOff() {
        web.withUserConfiguration(CustomCache.class).run(context -> {
            assertThat(context).hasSingleBean(PageCache.class);
            assertThat(context.getBean(PageCache.class).matches("/custom")).isTrue();
        });
    }

    @Test
    void extraUrlMatcherBeans_arePluggedIn() {
        web.withBean(UrlMatcher.class, () -> UrlMatcher.ant("/from-bean/**"))
                .run(context -> assertThat(context.getBean(PageCache.class).matches("/from-bean/x")).isTrue());
    }

    @Test
    void pageDisabled_registersNoFilter() {
        web.withPropertyValues("toolshed.cache.page.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(ToolshedCacheAutoConfiguration.FILTER_REGISTRATION_BEAN));
    }

    @Test
    void fragmentDisabled_createsNoFragmentStore() {
        web.withPropertyValues("toolshed.cache.fragment.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(FragmentStore.class));
    }

    @Test
    void nonWebApplication_getsTheCacheButNoFilter() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ToolshedCacheAutoConfiguration.class))
                .run(context -> {
                    assertThat(context).hasSingleBean(PageCache.class);
                    assertThat(context).doesNotHaveBean(ToolshedCacheAutoConfiguration.FILTER_REGISTRATION_BEAN);
                });
    }

    @Test
    void withoutTheServletApi_backsOffEntirely() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ToolshedCacheAutoConfiguration.class))
                .withClassLoader(new FilteredClassLoader("jakarta.servlet."))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(PageCache.class);
                });
    }

    @Test
    void endpoint_existsOnlyWhenExposed() {
        web.run(context -> assertThat(context).doesNotHaveBean(PageCacheEndpoint.class));
        web.withPropertyValues("management.endpoints.web.exposure.include=pagecache")
                .run(context -> assertThat(context).hasSingleBean(PageCacheEndpoint.class));
    }

    @Test
    void malformedPattern_failsStartup_withAnExplainedFailure() {
        web.withPropertyValues("toolshed.cache.page.patterns=blog/**").run(context -> {
            assertThat(context).hasFailed();
            FailureAnalysis analysis = new PageCacheFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription()).contains("URL pattern must start with '/': blog/**");
            assertThat(analysis.getAction()).contains("toolshed.cache.");
        });
    }

    @Test
    void metrics_countOutcomesByReason_andReadTheStore() {
        web.run(context -> {
            PageCacheMetrics metrics = context.getBean(PageCacheMetrics.class);
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            metrics.bindTo(registry);
            metrics.onRequest(CacheOutcome.HIT, CacheReason.NONE, Duration.ofMillis(250));
            metrics.onRequest(CacheOutcome.HIT, CacheReason.NONE, Duration.ofMillis(250));
            metrics.onRequest(CacheOutcome.MISS, CacheReason.SET_COOKIE, Duration.ZERO);
            assertThat(registry.get("toolshed.cache.page.requests").tags("result", "hit", "reason", "none").counter().count())
                    .isEqualTo(2.0);
            assertThat(registry.get("toolshed.cache.page.requests").tags("result", "miss", "reason", "set-cookie")
                    .counter().count()).isEqualTo(1.0);
            assertThat(registry.get("toolshed.cache.page.render.saved").counter().count()).isEqualTo(0.5);
            assertThat(registry.get("toolshed.cache.page.size").gauge().value()).isZero();
            assertThat(registry.get("toolshed.cache.page.evictions").functionCounter().count()).isZero();
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class CustomStore {
        @Bean
        PageStore customStore() {
            return CaffeinePageStore.builder().maximumBytes(4096).build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class CustomCache {
        @Bean
        PageCache customCache() {
            return PageCache.builder().cache("/custom").hosts("localhost").build();
        }
    }
}

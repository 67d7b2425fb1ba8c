package io.github.toolshed.cache.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.toolshed.cache.CaffeineFragmentStore;
import io.github.toolshed.cache.FragmentKey;
import io.github.toolshed.cache.FragmentStore;
import io.github.toolshed.cache.PageCache;
import io.github.toolshed.cache.UrlMatcher;
import io.github.toolshed.cache.template.CacheTags;
import io.github.toolshed.template.Engine;
import io.github.toolshed.template.spi.Library;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** The {@code cache} template library bean over Spring's fragment stores, and surlex page patterns. */
class ToolshedCacheTemplateAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    ToolshedCacheAutoConfiguration.class, ToolshedCacheTemplateAutoConfiguration.class));

    private static String render(Library library, String source) {
        return Engine.builder().library(library).build().fromString(source).render(Map.of("n", 1));
    }

    @Test
    void libraryBean_rendersIntoTheSpringFragmentStore() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(Library.class);
            Library library = context.getBean(ToolshedCacheTemplateAutoConfiguration.LIBRARY_BEAN, Library.class);
            assertThat(library.name()).isEqualTo(CacheTags.LIBRARY);
            assertThat(library.owner()).isEqualTo(CacheTags.OWNER);
            assertThat(render(library, "{% load cache %}{% cache 60 side %}s{{ n }}{% endcache %}")).isEqualTo("s1");
            assertThat(context.getBean(FragmentStore.class).get(FragmentKey.of("side"))).isEqualTo("s1");
        });
    }

    @Test
    void everyFragmentStoreBean_isAnAliasByBeanName_andThePrimaryIsTheDefault() {
        runner.withUserConfiguration(TwoStores.class).run(context -> {
            Library library = context.getBean(Library.class);
            FragmentStore main = context.getBean("mainFragments", FragmentStore.class);
            FragmentStore wide = context.getBean("wideFragments", FragmentStore.class);
            render(library, "{% load cache %}{% cache 60 a %}A{% endcache %}");
            render(library, "{% load cache %}{% cache 60 b using='wideFragments' %}B{% endcache %}");
            assertThat(main.get(FragmentKey.of("a"))).isEqualTo("A");
            assertThat(wide.get(FragmentKey.of("a"))).isNull();
            assertThat(wide.get(FragmentKey.of("b"))).isEqualTo("B");
        });
    }

    @Test
    void severalStoresWithoutPrimary_failWithAClearMessage() {
        runner.withUserConfiguration(TwoStoresNoPrimary.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("@Primary");
        });
    }

    @Test
    void backsOff_forAUserLibraryBean_withoutTheTemplateEngine_andWithoutAFragmentStore() {
        runner.withUserConfiguration(OwnLibrary.class).run(context ->
                assertThat(context.getBean(ToolshedCacheTemplateAutoConfiguration.LIBRARY_BEAN, Library.class).name())
                        .isEqualTo("mine"));
        runner.withClassLoader(new FilteredClassLoader(Library.class)).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(ToolshedCacheTemplateAutoConfiguration.LIBRARY_BEAN);
            assertThat(context).hasSingleBean(FragmentStore.class);
        });
        runner.withPropertyValues("toolshed.cache.fragment.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(FragmentStore.class);
            assertThat(context).doesNotHaveBean(ToolshedCacheTemplateAutoConfiguration.LIBRARY_BEAN);
        });
    }

    @Test
    void surlexPatternsInProperties_optPagesIn() {
        runner.withPropertyValues("toolshed.cache.page.patterns=surlex:/blog/<year:Y>/<slug:s>/,/static/**")
                .run(context -> {
                    PageCache cache = context.getBean(PageCache.class);
                    assertThat(cache.patterns()).extracting(UrlMatcher::pattern)
                            .containsExactly("surlex:/blog/<year:Y>/<slug:s>/", "/static/**");
                    assertThat(cache.matches("/blog/2010/caching/")).isTrue();
                    assertThat(cache.matches("/blog/soon/caching/")).isFalse();
                    assertThat(cache.matches("/static/app.css")).isTrue();
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoStores {
        @Bean
        @Primary
        FragmentStore mainFragments() {
            return CaffeineFragmentStore.builder().build();
        }

        @Bean
        FragmentStore wideFragments() {
            return CaffeineFragmentStore.builder().build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoStoresNoPrimary {
        @Bean
        FragmentStore oneFragments() {
            return CaffeineFragmentStore.builder().build();
        }

        @Bean
        FragmentStore twoFragments() {
            return CaffeineFragmentStore.builder().build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnLibrary {
        @Bean(name = ToolshedCacheTemplateAutoConfiguration.LIBRARY_BEAN)
        Library mine() {
            return Library.builder("mine").build();
        }
    }
}

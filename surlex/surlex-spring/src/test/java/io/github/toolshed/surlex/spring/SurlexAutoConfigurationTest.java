package io.github.toolshed.surlex.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.toolshed.surlex.MacroRegistry;
import io.github.toolshed.surlex.Surlex;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class SurlexAutoConfigurationTest {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SurlexAutoConfiguration.class, WebMvcAutoConfiguration.class,
                    DispatcherServletAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class));

    @Test
    void webApplication_getsMappingReverserAndMacros() {
        runner.withPropertyValues("toolshed.surlex.macros.lang=en|de", "toolshed.surlex.order=7").run(context -> {
            assertThat(context).hasSingleBean(SurlexHandlerMapping.class).hasSingleBean(UrlReverser.class);
            assertThat(context.getBean(SurlexHandlerMapping.class).getOrder()).isEqualTo(7);
            MacroRegistry macros = context.getBean(MacroRegistry.class);
            assertThat(macros.regex("lang")).contains("en|de");
            assertThat(macros.regex("Y")).contains("\\d{4}");
        });
    }

    @Test
    void defaultOrder_isJustBeforeRequestMappings() {
        runner.run(context -> assertThat(context.getBean(SurlexHandlerMapping.class).getOrder()).isEqualTo(-1));
    }

    @Test
    void usersOwnBeans_win() {
        runner.withUserConfiguration(OwnBeans.class).run(context -> {
            assertThat(context.getBean(MacroRegistry.class)).isSameAs(OwnBeans.MACROS);
            assertThat(context).hasSingleBean(UrlReverser.class);
            assertThat(context.getBean(UrlReverser.class)).isInstanceOf(OwnReverser.class);
        });
    }

    @Test
    void disabledByProperty_backsOff() {
        runner.withPropertyValues("toolshed.surlex.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(SurlexHandlerMapping.class)
                        .doesNotHaveBean(UrlReverser.class));
    }

    @Test
    void nonWebApplication_backsOff() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(SurlexAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean(SurlexHandlerMapping.class));
    }

    @Test
    void functionalRoutes_areReversible() {
        runner.withUserConfiguration(Routes.class).run(context -> {
            UrlReverser reverser = context.getBean(UrlReverser.class);
            assertThat(reverser.reverse("a", Map.of("lang", "de"))).isEqualTo("/de/a");
            assertThat(reverser.routeNames()).containsExactly("a");
        });
    }

    @Test
    void configurationMetadata_isGenerated() throws Exception {
        try (var in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).isNotNull();
            String json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(json).contains("\"toolshed.surlex.order\"").contains("\"toolshed.surlex.macros\"")
                    .contains("\"toolshed.surlex.enabled\"");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnBeans {
        static final MacroRegistry MACROS = MacroRegistry.defaults().with("x", "x+");

        @Bean
        MacroRegistry myMacros() {
            return MACROS;
        }

        @Bean
        UrlReverser myReverser(SurlexHandlerMapping mapping) {
            return new OwnReverser(mapping);
        }
    }

    static class OwnReverser extends UrlReverser {
        OwnReverser(SurlexHandlerMapping mapping) {
            super(mapping);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Routes {
        @Bean
        MacroRegistry macros() {
            return MacroRegistry.defaults().with("lang", "en|de");
        }

        @Bean
        SurlexRoutes routes() {
            assertThat(Surlex.compile("/x").matches("/x")).isTrue();
            return SurlexRoutes.builder().get("a", "/<lang:lang>/a", r -> null).build();
        }
    }
}

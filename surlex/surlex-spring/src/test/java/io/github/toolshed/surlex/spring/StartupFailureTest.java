package io.github.toolshed.surlex.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

class StartupFailureTest {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SurlexAutoConfiguration.class, WebMvcAutoConfiguration.class,
                    DispatcherServletAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class));

    @RestController
    static class BrokenController {
        @SurlexMapping("/blog/<year")
        String broken(@PathVariable String year) {
            return year;
        }
    }

    @RestController
    static class DuplicateNameController {
        @SurlexMapping(value = "/a/", name = "same")
        String a() {
            return "a";
        }

        @SurlexMapping(value = "/b/", name = "same")
        String b() {
            return "b";
        }
    }

    @RestController
    static class AmbiguousController {
        @SurlexMapping("/x/")
        String one() {
            return "1";
        }

        @SurlexMapping("/x/")
        String two() {
            return "2";
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class UnknownMacroRoutes {
        @Bean
        SurlexRoutes routes() {
            return SurlexRoutes.builder().get("q", "/<id:q>/", r -> null).build();
        }
    }

    @Test
    void invalidSurlex_failsStartUpWithMethodPatternAndCaret() {
        runner.withUserConfiguration(BrokenController.class).run(context -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            assertThat(failure).isInstanceOf(InvalidSurlexRouteException.class);
            assertThat(failure.getMessage()).isEqualTo("invalid surlex on "
                    + BrokenController.class.getName() + "#broken(String): <1:7>: unclosed '<'\n"
                    + "/blog/<year\n      ^ unclosed '<'");
            FailureAnalysis analysis = new SurlexRouteFailureAnalyzer().analyze(failure);
            assertThat(analysis.getDescription()).contains("^ unclosed '<'");
            assertThat(analysis.getAction()).contains(BrokenController.class.getName() + "#broken(String)");
        });
    }

    @Test
    void duplicateRouteName_failsStartUp() {
        runner.withUserConfiguration(DuplicateNameController.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).isInstanceOf(InvalidSurlexRouteException.class)
                    .hasMessageContaining("surlex route name 'same' is used twice")
                    .hasMessageContaining("#a()").hasMessageContaining("#b()");
        });
    }

    @Test
    void samePatternAndMethodTwice_failsStartUp() {
        runner.withUserConfiguration(AmbiguousController.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasMessageStartingWith("ambiguous surlex mapping: '/x/' for every method");
        });
    }

    @Test
    void unknownMacroInFunctionalRoute_failsStartUp() {
        runner.withUserConfiguration(UnknownMacroRoutes.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).isInstanceOf(InvalidSurlexRouteException.class)
                    .hasMessageContaining("functional route 'q' '/<id:q>/'")
                    .hasMessageContaining("unknown macro 'q'");
        });
    }
}

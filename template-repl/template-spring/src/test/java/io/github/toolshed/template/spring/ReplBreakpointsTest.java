package io.github.toolshed.template.spring;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.github.toolshed.template.Engine;
import io.github.toolshed.template.Loaders;
import io.github.toolshed.template.repl.ReplLibrary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.ModelAndView;

/** {@code {% repl %}} in pages: pausing on a (scripted) console, and never blocking without one. */
class ReplBreakpointsTest {

    private final Engine engine = Engine.builder().library(ReplLibrary.LIBRARY)
            .loader(Loaders.classpath(getClass().getClassLoader(), "templates/")).build();

    @Test
    void consoleBreakpoints_pauseTheRenderOnTheLiveContext_thenResume() throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        String script = "<{{ i }} {{ request.path }} {{ user }}>\nexit\n<{{ forloop.counter }}>\nexit\n";
        Terminal terminal = new DumbTerminal("test", Terminal.TYPE_DUMB, new ByteArrayInputStream(script.getBytes(UTF_8)),
                screen, UTF_8);
        ToolshedView view = new ToolshedView(engine, "repl/page.html", "text/html",
                new ConsoleBreakpoints(engine, () -> terminal));
        MockHttpServletResponse response = new MockHttpServletResponse();

        view.render(Map.of("items", List.of("a", "b"), "user", "ada"), new MockHttpServletRequest("GET", "/p/"), response);

        assertThat(response.getContentAsString()).isEqualTo("before after\n");
        assertThat(screen.toString(UTF_8)).contains("<a /p/ ada>", "<2>");
    }

    @Test
    void withoutAConsole_theTagRendersNothing_andNothingReadsTheTerminal() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new ToolshedView(engine, "repl/page.html", "text/html")
                .render(Map.of("items", List.of(1, 2, 3)), new MockHttpServletRequest("GET", "/"), response);
        assertThat(response.getContentAsString()).isEqualTo("before after\n");
    }

    @Controller
    static class PageController {
        @GetMapping("/page/")
        ModelAndView page() {
            return new ModelAndView("repl/page", Map.of("items", List.of("x")));
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class PageConfig {
        @Bean
        PageController pageController() {
            return new PageController();
        }
    }

    @Test
    void autoConfiguredEngine_hasTheReplLibrary_andPagesDoNotBlock() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(WebMvcAutoConfiguration.class,
                        DispatcherServletAutoConfiguration.class, ToolshedTemplateAutoConfiguration.class))
                .withUserConfiguration(PageConfig.class)
                .withPropertyValues("toolshed.template.repl.enabled=true")
                .run(context -> {
                    MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).build();
                    assertThat(mvc.perform(get("/page/")).andReturn().getResponse().getContentAsString())
                            .isEqualTo("before after\n");
                });
    }
}

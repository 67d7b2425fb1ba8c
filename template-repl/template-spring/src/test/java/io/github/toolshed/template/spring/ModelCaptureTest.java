package io.github.toolshed.template.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.toolshed.surlex.spring.SurlexAutoConfiguration;
import io.github.toolshed.surlex.spring.SurlexMapping;
import io.github.toolshed.template.Engine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.ModelAndView;

class ModelCaptureTest {

    /** A post of the test blog; public so templates can read it. */
    public record Post(String slug, String title) {}

    static final AtomicInteger RENDERS = new AtomicInteger();

    @Controller
    static class BlogController {
        @SurlexMapping(value = "/blog/<slug:s>/", name = "post", method = RequestMethod.GET)
        ModelAndView post(@PathVariable String slug, @RequestParam(defaultValue = "1") int page) {
            return new ModelAndView("shop/item", Map.of("post", new Post(slug, "About " + slug), "page", page,
                    "request", "the model wins"));
        }

        @SurlexMapping(value = "/list/", name = "list", method = RequestMethod.GET)
        ModelAndView list() {
            return new ModelAndView("shop/item", Map.of("tags", List.of("a", "b")));
        }

        @SurlexMapping(value = "/bad/", name = "bad", method = RequestMethod.GET)
        ModelAndView bad() {
            RENDERS.incrementAndGet();
            return new ModelAndView("shop/bad", Map.of("reason", "no route"));
        }

        @SurlexMapping(value = "/old/", name = "old", method = RequestMethod.GET)
        String old() {
            return "redirect:/blog/new/";
        }

        @SurlexMapping(value = "/api/", name = "api", method = RequestMethod.GET)
        @ResponseBody
        ResponseEntity<String> api() {
            return ResponseEntity.ok().header("Content-Type", "application/json").body("{}");
        }

        @SurlexMapping(value = "/boom/", name = "boom", method = RequestMethod.GET)
        ModelAndView boom() {
            throw new IllegalStateException("database down");
        }
    }

    /** Puts a CSRF token on each request, as Spring Security's filter chain does. */
    static class CsrfFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            request.setAttribute(CsrfToken.class.getName(), new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "t0ken"));
            chain.doFilter(request, response);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class BlogConfig {
        @Bean
        BlogController blogController() {
            return new BlogController();
        }

        @Bean
        CsrfFilter csrfFilter() {
            return new CsrfFilter();
        }
    }

    private final WebApplicationContextRunner web = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WebMvcAutoConfiguration.class,
                    DispatcherServletAutoConfiguration.class, SurlexAutoConfiguration.class,
                    ToolshedTemplateAutoConfiguration.class))
            .withUserConfiguration(BlogConfig.class);

    @Test
    void capture_returnsTheModelAndRequestValues_withoutRendering() {
        web.run(context -> {
            ModelCapture capture = ModelCapture.of((WebApplicationContext) context);
            CapturedModel page = capture.capture("/blog/surlex-released/?page=2&tag=x&tag=y");

            assertThat(page.templateName()).isEqualTo("shop/item.html");
            assertThat(page.path()).isEqualTo("/blog/surlex-released/?page=2&tag=x&tag=y");
            assertThat(page.values()).containsEntry("post", new Post("surlex-released", "About surlex-released"))
                    .containsEntry("page", 2)
                    .containsEntry("csrf_token", "t0ken")
                    .containsEntry("request", "the model wins");

            CapturedModel list = capture.capture("/list/?q=caf%C3%A9");
            assertThat(list.values().get("tags")).isEqualTo(List.of("a", "b"));
            RequestValues request = (RequestValues) list.values().get("request");
            assertThat(request.path()).isEqualTo("/list/");
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.GET()).containsEntry("q", "café");
            assertThatThrownBy(() -> list.values().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        });
    }

    @Test
    void capture_neverRendersThePage() {
        web.run(context -> {
            // shop/bad.html fails when rendered (an unknown route); the capture must not render it.
            int before = RENDERS.get();
            CapturedModel page = ModelCapture.of((WebApplicationContext) context).capture("/bad/");
            assertThat(page.templateName()).isEqualTo("shop/bad.html");
            assertThat(page.values()).containsKey("request").containsEntry("reason", "no route");
            assertThat(RENDERS.get()).isEqualTo(before + 1);
        });
    }

    @Test
    void pagesThatAreNotTemplates_areReportedWithTheirStatus() {
        web.run(context -> {
            ModelCapture capture = ModelCapture.of((WebApplicationContext) context);
            assertThatThrownBy(() -> capture.capture("/old/")).isInstanceOf(ModelCaptureException.class)
                    .hasMessage("GET /old/ redirected to /blog/new/, status 302");
            assertThatThrownBy(() -> capture.capture("/api/")).isInstanceOf(ModelCaptureException.class)
                    .hasMessage("GET /api/ was not rendered by a Toolshed template (application/json), status 200");
            assertThatThrownBy(() -> capture.capture("/nowhere/")).isInstanceOf(ModelCaptureException.class)
                    .hasMessageStartingWith("GET /nowhere/ was not rendered by a Toolshed template")
                    .hasMessageEndingWith("status 404");
            assertThatThrownBy(() -> capture.capture("/boom/")).isInstanceOf(ModelCaptureException.class)
                    .hasMessageContaining("GET /boom/ failed").hasMessageContaining("database down");
        });
    }

    @Test
    void onlyPathsWithinTheApplication_areAccepted() {
        web.run(context -> {
            ModelCapture capture = ModelCapture.of((WebApplicationContext) context);
            for (String bad : List.of("http://example.com/", "//evil.example/x", "blog/", "", "/a b/", "/x\r\nHost: y")) {
                assertThatThrownBy(() -> capture.capture(bad)).as(bad).isInstanceOf(ModelCaptureException.class);
            }
        });
    }

    @Test
    void urlProperty_registersTheStartupRepl_onlyWhenSet() {
        web.run(context -> assertThat(context).doesNotHaveBean(ReplUrlListener.class));
        web.withPropertyValues("toolshed.template.repl.url=/list/")
                .run(context -> assertThat(context).hasSingleBean(ReplUrlListener.class));
    }

    @Test
    void urlListener_reportsAFailedCapture_andStops() {
        web.run(context -> {
            List<Integer> exits = new ArrayList<>();
            ReplUrlListener listener = new ReplUrlListener((ConfigurableApplicationContext) context,
                    context.getBean(Engine.class), "/old/",
                    () -> {
                        throw new AssertionError("no terminal without a page");
                    }, exits::add);
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = listener.run(new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(status).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .isEqualTo("toolshed.template.repl.url: GET /old/ redirected to /blog/new/, status 302\n");
        });
    }

    @Test
    void urlListener_opensTheReplOnTheCapturedPage() {
        web.run(context -> {
            ByteArrayOutputStream screen = new ByteArrayOutputStream();
            String script = "{{ post.title }}|{{ page }}|{{ csrf_token }}\nexit\n";
            List<Integer> exits = new ArrayList<>();
            ReplUrlListener listener = new ReplUrlListener((ConfigurableApplicationContext) context,
                    context.getBean(Engine.class), "/blog/hello/?page=3",
                    () -> new DumbTerminal("test", Terminal.TYPE_DUMB,
                            new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8),
                    exits::add);
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            assertThat(listener.run(new PrintStream(err, true, StandardCharsets.UTF_8))).isZero();
            assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
            assertThat(screen.toString(StandardCharsets.UTF_8))
                    .contains("Context of GET /blog/hello/?page=3 (template shop/item.html)", "About hello|3|t0ken");
        });
    }

    @Test
    void replEnabled_withoutATerminal_neverBlocks() {
        web.withPropertyValues("toolshed.template.repl.enabled=true").run(context -> {
            assertThat(context.getBean(ViewBreakpoints.class)).isSameAs(ViewBreakpoints.NONE);
            assertThat(context.getBean(ToolshedViewResolver.class)).isNotNull();
        });
        web.run(context -> assertThat(context).doesNotHaveBean(ViewBreakpoints.class));
    }
}

package io.github.toolshed.cache.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.toolshed.cache.PageCache;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The auto-configured filter in a real Spring Boot app on a random port, driven by the JDK HttpClient. */
class PageCacheWebTest {

    private static ConfigurableApplicationContext app;
    private static HttpClient client;
    private static int port;

    @BeforeAll
    static void start() {
        app = new SpringApplicationBuilder(TestApp.class)
                .properties(
                        "server.port=0",
                        "server.address=127.0.0.1",
                        "toolshed.cache.page.patterns=/blog/**",
                        "management.endpoints.web.exposure.include=pagecache,metrics",
                        "spring.main.banner-mode=off")
                .run();
        port = ((WebServerApplicationContext) app).getWebServer().getPort();
        client = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        app.close();
        client.close();
    }

    private static HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void blogPage_isRenderedOnce_thenServedFromTheCache_andCounted() throws Exception {
        TestApp.renders.set(0);
        HttpResponse<String> first = send("GET", "/blog/caching");
        HttpResponse<String> second = send("GET", "/blog/caching");
        assertThat(first.headers().firstValue("X-Cache")).hasValue("MISS");
        assertThat(second.headers().firstValue("X-Cache")).hasValue("HIT");
        assertThat(second.body()).isEqualTo(first.body()).contains("caching");
        assertThat(TestApp.renders.get()).isEqualTo(1);
        MeterRegistry registry = app.getBean(MeterRegistry.class);
        assertThat(registry.get("toolshed.cache.page.requests").tags("result", "hit").counter().count()).isPositive();
    }

    @Test
    void sessionUser_isNeverServedTheCachedPage() throws Exception {
        send("GET", "/blog/session-test");
        HttpResponse<String> withSession = send("GET", "/blog/session-test", "Cookie", "JSESSIONID=abc");
        assertThat(withSession.headers().firstValue("X-Cache")).hasValue("BYPASS; reason=session-cookie");
    }

    @Test
    void endpoint_listsAndPurgesByTag() throws Exception {
        send("GET", "/blog/tagged");
        assertThat(send("GET", "/blog/tagged").headers().firstValue("X-Cache")).hasValue("HIT");
        HttpResponse<String> summary = send("GET", "/actuator/pagecache");
        assertThat(summary.statusCode()).isEqualTo(200);
        assertThat(summary.body()).contains("/blog/tagged").contains("post:tagged");
        HttpResponse<String> purge = send("DELETE", "/actuator/pagecache?tag=post:tagged");
        assertThat(purge.statusCode()).isEqualTo(200);
        assertThat(purge.body()).contains("\"removed\":1");
        assertThat(send("GET", "/blog/tagged").headers().firstValue("X-Cache")).hasValue("MISS");
        assertThat(send("DELETE", "/actuator/pagecache").statusCode()).isEqualTo(400);
    }

    @Test
    void urlsOutsideThePatterns_areUntouched() throws Exception {
        assertThat(send("GET", "/api/ping").headers().firstValue("X-Cache")).isEmpty();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(TestApp.Pages.class)
    static class TestApp {

        static final AtomicInteger renders = new AtomicInteger();

        @RestController
        static class Pages {

            @GetMapping("/blog/{slug}")
            String post(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response) {
                renders.incrementAndGet();
                PageCache.tag(request, "post:" + slug);
                response.setContentType("text/html;charset=UTF-8");
                return "<h1>" + slug + "</h1>";
            }

            @GetMapping("/api/ping")
            String ping() {
                return "pong";
            }
        }
    }
}

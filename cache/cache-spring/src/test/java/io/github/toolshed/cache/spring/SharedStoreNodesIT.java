package io.github.toolshed.cache.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.toolshed.testsupport.RedisServer;
import io.github.toolshed.testsupport.ServerExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Two Spring Boot applications on random ports configured only by properties
 * ({@code toolshed.cache.page.store=two-level}, {@code spring.data.redis.url}) sharing one real
 * Redis. The stores' own behaviour is covered by cache-redis's TwoNodesIT; this checks the
 * wiring: properties, the Actuator purge and the {@code pageCache} health component.
 */
@Tag("integration")
class SharedStoreNodesIT {

    @RegisterExtension
    static final ServerExtension<RedisServer> redis = ServerExtension.of(RedisServer::start);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Node a;
    private Node b;

    @BeforeEach
    void start() {
        String prefix = "it:" + UUID.randomUUID() + ":";
        a = new Node(prefix);
        b = new Node(prefix);
        // A cold JVM may miss the first connection's deadline; both nodes reach Redis before the test.
        try {
            await(() -> health(a).contains("\"status\":\"UP\"") && health(b).contains("\"status\":\"UP\""));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() {
        a.context.close();
        b.context.close();
        client.close();
    }

    @Test
    void aPageRenderedOnNodeAIsServedByNodeB_andAnActuatorPurgeOnAReachesB() throws Exception {
        assertThat(get(a, "/page/1").headers().firstValue("X-Cache")).hasValueSatisfying(v -> assertThat(v).startsWith("MISS"));
        HttpResponse<String> fromB = get(b, "/page/1");
        assertThat(fromB.body()).isEqualTo("page 1 rendered by node " + a.port());
        assertThat(fromB.headers().firstValue("X-Cache")).hasValue("HIT");
        assertThat(b.renders.get()).isZero();

        HttpResponse<String> purge = send(a, "DELETE", "/actuator/pagecache?prefix=/page/");
        assertThat(purge.statusCode()).isEqualTo(200);
        await(() -> get(b, "/page/1").body().equals("page 1 rendered by node " + b.port()));
        assertThat(b.renders.get()).isEqualTo(1);
    }

    @Test
    void redisKilled_requestsAreStillServed_andHealthSaysSo_thenCachingResumes() throws Exception {
        assertThat(health(a)).contains("\"status\":\"UP\"");
        redis.get().kill();
        try {
            for (int i = 0; i < 3; i++) {
                assertThat(get(a, "/page/down").statusCode()).isEqualTo(200);
                assertThat(get(b, "/page/down").statusCode()).isEqualTo(200);
            }
            assertThat(a.renders.get()).isEqualTo(1); // the local level still caches
            String component = health(a);
            assertThat(component).contains("\"status\":\"DEGRADED\"").contains("unreachable").contains("local level");
            // The application as a whole stays up: a degraded cache is no reason to take the node out.
            HttpResponse<String> overall = send(a, "GET", "/actuator/health");
            assertThat(overall.statusCode()).isEqualTo(200);
            assertThat(overall.body()).contains("\"status\":\"UP\"");
        } finally {
            redis.get().restart();
        }
        await(() -> health(a).contains("\"status\":\"UP\""));
        await(() -> health(b).contains("\"status\":\"UP\""));
        get(a, "/page/after");
        int before = b.renders.get();
        await(() -> get(b, "/page/after").headers().firstValue("X-Cache").orElse("").equals("HIT"));
        assertThat(b.renders.get()).isEqualTo(before);
    }

    private HttpResponse<String> get(Node node, String path) {
        return send(node, "GET", path);
    }

    private String health(Node node) {
        return send(node, "GET", "/actuator/health/pageCache").body();
    }

    private HttpResponse<String> send(Node node, String method, String path) {
        try {
            // Behind a load balancer every node sees the site's host, which is part of the page key.
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port() + path))
                    .header("X-Forwarded-Host", "example.com")
                    .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build();
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path, e);
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 15 s");
            }
            Thread.sleep(100);
        }
    }

    /** One application node and its render counter. */
    private static final class Node {
        final AtomicInteger renders = new AtomicInteger();
        final ConfigurableApplicationContext context;

        Node(String prefix) {
            context = new SpringApplicationBuilder(NodeApp.class)
                    .initializers(ctx -> ctx.getBeanFactory().registerSingleton("renders", renders))
                    .properties(
                            "server.port=0",
                            "server.address=127.0.0.1",
                            "spring.main.banner-mode=off",
                            "spring.data.redis.url=" + redis.get().uri(),
                            "toolshed.cache.page.store=two-level",
                            "toolshed.cache.page.patterns=/page/**",
                            "toolshed.cache.page.hosts=127.0.0.1,example.com",
                            "toolshed.cache.redis.page-prefix=" + prefix,
                            "toolshed.cache.redis.command-timeout=1s",
                            "toolshed.cache.redis.reconnect-delay=200ms",
                            "management.endpoints.web.exposure.include=health,pagecache",
                            "management.endpoint.health.show-details=always")
                    .run();
        }

        int port() {
            return ((WebServerApplicationContext) context).getWebServer().getPort();
        }
    }

    /** The application each node runs: one page that counts its renders. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class NodeApp {

        @Bean
        PageController pageController(AtomicInteger renders, Environment environment) {
            return new PageController(renders, environment);
        }
    }

    /** Renders {@code /page/{id}} and counts. */
    @RestController
    static class PageController {
        private final AtomicInteger renders;
        private final Environment environment;

        PageController(AtomicInteger renders, Environment environment) {
            this.renders = renders;
            this.environment = environment;
        }

        @GetMapping("/page/{id}")
        String page(@PathVariable String id) {
            renders.incrementAndGet();
            return "page " + id + " rendered by node " + environment.getProperty("local.server.port");
        }
    }
}

package io.github.toolshed.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.toolshed.testsupport.RedisServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo started with the {@code redis} profile against a real redis-server (Debian package
 * {@code redis-server}) on a free port: pages are served and cached in Redis, where a second
 * node sees them, and the health endpoint reports the Redis-backed page store and the Redis
 * Streams chat broker UP.
 */
@Tag("integration")
class RedisProfileIT {

    private static RedisServer redis;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void start() {
        redis = RedisServer.start();
        first = node();
        second = node();
    }

    private static ConfigurableApplicationContext node() {
        // snippet:start redis-node
        return SpringApplication.run(DemoApplication.class, "--spring.profiles.active=redis", "--server.port=0",
                "--server.address=127.0.0.1", "--spring.data.redis.host=" + redis.host(),
                "--spring.data.redis.port=" + redis.port(), "--management.endpoint.health.show-details=always");
        // snippet:end redis-node
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {first, second}) {
            if (context != null) {
                context.close();
            }
        }
        if (redis != null) {
            redis.close();
        }
    }

    /** A response read off the wire. */
    private record Response(int status, Map<String, String> headers, String body) {

        String xCache() {
            return headers.getOrDefault("x-cache", "");
        }
    }

    /**
     * GET over a plain socket with {@code Host: localhost}, as a load balancer in front of both
     * nodes would send it (the JDK client does not let a caller set Host): the page key holds the
     * host, so both nodes must see the same one to share pages.
     */
    private static Response get(ConfigurableApplicationContext node, String path, String accept) throws Exception {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.0\r\nHost: localhost\r\nAccept: " + accept + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int split = raw.indexOf("\r\n\r\n");
            String[] head = raw.substring(0, split).split("\r\n");
            Map<String, String> headers = new HashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.put(head[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).strip());
            }
            return new Response(Integer.parseInt(head[0].split(" ")[1]), headers, raw.substring(split + 4));
        }
    }

    private static Response get(ConfigurableApplicationContext node, String path) throws Exception {
        return get(node, path, "text/html");
    }

    /** The JSON object after {@code "name":} in a JSON text. */
    private static String object(String json, String name) {
        int start = json.indexOf("\"" + name + "\":{");
        assertThat(start).as(name + " in " + json).isNotNegative();
        int depth = 0;
        for (int i = json.indexOf('{', start); i < json.length(); i++) {
            depth += json.charAt(i) == '{' ? 1 : json.charAt(i) == '}' ? -1 : 0;
            if (depth == 0) {
                return json.substring(start, i + 1);
            }
        }
        throw new AssertionError("unbalanced JSON: " + json);
    }

    @Test
    void pagesAreServedAndCached_andASecondNodeGetsThemFromRedis() throws Exception {
        Response miss = get(first, "/blog/2026/nov/20/surlex/");
        assertThat(miss.status()).isEqualTo(200);
        assertThat(miss.body()).contains("surlex: Simple URL Expressions");
        assertThat(miss.xCache()).startsWith("MISS");

        assertThat(get(first, "/blog/2026/nov/20/surlex/").xCache()).startsWith("HIT");
        Response other = get(second, "/blog/2026/nov/20/surlex/");
        assertThat(other.xCache()).as("the second node finds the page in Redis").startsWith("HIT");
        assertThat(other.body()).isEqualTo(miss.body());
    }

    @Test
    void health_showsTheRedisPageStoreAndChatBrokerUp() throws Exception {
        Response health = get(first, "/actuator/health", "application/json");

        assertThat(health.status()).isEqualTo(200);
        String json = health.body().replace(" ", "");
        assertThat(json).endsWith("\"status\":\"UP\"}");
        String pageCache = object(json, "pageCache");
        assertThat(pageCache).contains("\"status\":\"UP\"", "\"store\":\"TwoLevelPageStore\"",
                "RedisCacheConnection[" + redis.host() + ":" + redis.port() + ",up]");
        String chat = object(json, "toolshedChatRedis");
        assertThat(chat).contains("\"status\":\"UP\"", "\"nodeId\"");
    }

    @Test
    void chatAndMetrics_areUp() throws Exception {
        assertThat(get(first, "/chat/").status()).isEqualTo(200);
        get(first, "/about/");
        Response meters = get(first, "/actuator/metrics/toolshed.cache.page.requests", "application/json");
        assertThat(meters.status()).isEqualTo(200);
        assertThat(meters.body()).contains("\"name\":\"toolshed.cache.page.requests\"", "\"result\"");
    }
}

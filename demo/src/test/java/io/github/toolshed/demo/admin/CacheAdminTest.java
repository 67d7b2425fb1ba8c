package io.github.toolshed.demo.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The {@code /cache/} admin page on a real server, with a password configured. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"toolshed.demo.admin.password=correct horse", "toolshed.demo.admin.username=keeper"})
class CacheAdminTest {

    private static final String AUTH = basic("keeper", "correct horse");
    private static final Pattern TOKEN = Pattern.compile("name=\"csrfmiddlewaretoken\" value=\"([0-9a-f]{64})\"");

    private static HttpClient client;

    @LocalServerPort
    int port;

    @BeforeAll
    static void client() {
        client = HttpClient.newHttpClient();
    }

    @AfterAll
    static void close() {
        client.close();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html");
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(Map<String, String> form, String... headers) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/cache/purge"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String token() throws Exception {
        Matcher m = TOKEN.matcher(get("/cache/", "Authorization", AUTH).body());
        assertThat(m.find()).as("the admin page carries a form token").isTrue();
        return m.group(1);
    }

    private String xCache(String path) throws Exception {
        return get(path).headers().firstValue("X-Cache").orElse("");
    }

    @Test
    void withoutCredentials_401WithABasicChallenge_andNothingAboutTheCache() throws Exception {
        HttpResponse<String> response = get("/cache/");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue(AdminGuard.CHALLENGE);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.body()).doesNotContain("hit ratio", "csrfmiddlewaretoken");
    }

    @Test
    void wrongUserOrPassword_orGarbage_is401() throws Exception {
        for (String auth : new String[] {basic("keeper", "correct horsE"), basic("keeper", "correct horse "),
                basic("admin", "correct horse"), basic("keeper", ""), "Basic !!notbase64!!",
                "Basic " + Base64.getEncoder().encodeToString("no-colon".getBytes(StandardCharsets.UTF_8)),
                "Bearer correct horse"}) {
            assertThat(get("/cache/", "Authorization", auth).statusCode()).as(auth).isEqualTo(401);
        }
    }

    @Test
    void page_showsHitRatioEntriesAndReasons_andIsNeverCached() throws Exception {
        xCache("/about/");
        xCache("/about/");
        get("/about/", "Cookie", "JSESSIONID=abc");

        HttpResponse<String> response = get("/cache/", "Authorization", AUTH);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("X-Cache")).isEmpty();
        String html = response.body();
        assertThat(html).contains("<h1>Page cache</h1>", "/about/", "session-cookie", "CaffeinePageStore");
        Matcher ratio = Pattern.compile("id=\"hit-ratio\">(\\d+\\.\\d) %<").matcher(html);
        assertThat(ratio.find()).as(html).isTrue();
        assertThat(Double.parseDouble(ratio.group(1))).isGreaterThan(0.0).isLessThan(100.0);
        Matcher entries = Pattern.compile("id=\"entries\">(\\d+)<").matcher(html);
        assertThat(entries.find()).isTrue();
        assertThat(Long.parseLong(entries.group(1))).isPositive();
        assertThat(xCache("/cache/")).isEmpty();
    }

    @Test
    void purgeByTag_removesThePost_andRedirectsWithTheCount() throws Exception {
        String post = "/blog/2026/nov/20/surlex/";
        xCache(post);
        assertThat(xCache(post)).startsWith("HIT");

        HttpResponse<String> response = post(Map.of("kind", "tag", "value", "post:surlex",
                "csrfmiddlewaretoken", token()), "Authorization", AUTH, "Origin", "http://127.0.0.1:" + port);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/cache/?removed=1");
        assertThat(xCache(post)).startsWith("MISS");
        assertThat(get("/cache/?removed=1", "Authorization", AUTH).body()).contains("1 page removed");
    }

    @Test
    void purgeByPrefixUrlAndAll() throws Exception {
        xCache("/tags/surlex/");
        xCache("/about/");
        assertThat(xCache("/tags/surlex/")).startsWith("HIT");
        String token = token();

        assertThat(post(Map.of("kind", "prefix", "value", "/tags/", "csrfmiddlewaretoken", token),
                "Authorization", AUTH).statusCode()).isEqualTo(303);
        assertThat(xCache("/tags/surlex/")).startsWith("MISS");

        assertThat(xCache("/about/")).startsWith("HIT");
        assertThat(post(Map.of("kind", "url", "value", "/about/", "csrfmiddlewaretoken", token),
                "Authorization", AUTH).headers().firstValue("Location")).hasValue("/cache/?removed=1");
        assertThat(xCache("/about/")).startsWith("MISS");

        xCache("/about/");
        assertThat(post(Map.of("kind", "all", "csrfmiddlewaretoken", token), "Authorization", AUTH).statusCode())
                .isEqualTo(303);
        assertThat(xCache("/about/")).startsWith("MISS");
    }

    @Test
    void purgeWithoutTheFormToken_orFromAnotherSite_is403_andPurgesNothing() throws Exception {
        xCache("/about/");
        assertThat(xCache("/about/")).startsWith("HIT");
        String token = token();

        assertThat(post(Map.of("kind", "all"), "Authorization", AUTH).statusCode()).isEqualTo(403);
        assertThat(post(Map.of("kind", "all", "csrfmiddlewaretoken", token.replace(token.charAt(0), 'x')),
                "Authorization", AUTH).statusCode()).isEqualTo(403);
        assertThat(post(Map.of("kind", "all", "csrfmiddlewaretoken", token),
                "Authorization", AUTH, "Origin", "https://evil.example").statusCode()).isEqualTo(403);
        assertThat(post(Map.of("kind", "all", "csrfmiddlewaretoken", token),
                "Authorization", AUTH, "Sec-Fetch-Site", "cross-site").statusCode()).isEqualTo(403);
        assertThat(post(Map.of("kind", "all", "csrfmiddlewaretoken", token)).statusCode()).isEqualTo(401);

        assertThat(xCache("/about/")).startsWith("HIT");
    }

    @Test
    void purgeWithBadInput_is400() throws Exception {
        String token = token();
        for (Map<String, String> form : List.of(
                Map.of("kind", "tag", "value", "two words", "csrfmiddlewaretoken", token),
                Map.of("kind", "tag", "value", "", "csrfmiddlewaretoken", token),
                Map.of("kind", "drop", "value", "x", "csrfmiddlewaretoken", token),
                Map.of("kind", "prefix", "value", "/" + "a".repeat(5000), "csrfmiddlewaretoken", token),
                Map.of("value", "/", "csrfmiddlewaretoken", token))) {
            assertThat(post(form, "Authorization", AUTH).statusCode()).as(form.toString()).isEqualTo(400);
        }
    }

    @Test
    void getOnThePurgeUrl_doesNotPurge() throws Exception {
        xCache("/about/");
        assertThat(get("/cache/purge?kind=all", "Authorization", AUTH).statusCode()).isIn(404, 405);
        assertThat(xCache("/about/")).startsWith("HIT");
    }
}

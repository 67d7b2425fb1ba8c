package io.github.toolshed.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The demo's pages through a real server on a random port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoApplicationTest {

    private static final Pattern POST_LINK = Pattern.compile("href=\"(/blog/\\d{4}/[a-z]{3}/\\d{1,2}/[\\w-]+/)\"");

    private static HttpClient client;

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    io.github.toolshed.cache.FragmentStore fragments;

    @BeforeAll
    static void client() {
        client = HttpClient.newHttpClient();
    }

    @AfterAll
    static void close() {
        client.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return get(path, "text/html");
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> postLinks(String html) {
        List<String> links = new ArrayList<>();
        Matcher m = POST_LINK.matcher(html);
        while (m.find()) {
            links.add(m.group(1));
        }
        return links;
    }

    @Test
    void homePage_listsLatestPostsWithReversedLinks_andTheChat() throws Exception {
        HttpResponse<String> response = get("/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        String html = response.body();
        assertThat(html).contains("<h1>Latest posts</h1>", "surlex: Simple URL Expressions",
                "Toolshed chat", "href=\"/chat/\"", "href=\"/feed.xml\"", "href=\"/tags/surlex/\"");
        assertThat(postLinks(html)).contains("/blog/2026/nov/20/surlex/");
    }

    @Test
    void everyLinkedPost_opensWithItsRenderedMarkdown() throws Exception {
        List<String> links = postLinks(get("/").body());
        assertThat(links).isNotEmpty();
        for (String link : links.stream().distinct().toList()) {
            HttpResponse<String> post = get(link);
            assertThat(post.statusCode()).as(link).isEqualTo(200);
            assertThat(post.body()).as(link).contains("<article class=\"post\">", "<div class=\"body\">", "href=\"/chat/\"");
        }
        String surlex = get("/blog/2026/nov/20/surlex/").body();
        assertThat(surlex).contains("<title>surlex: Simple URL Expressions | Toolshed blog</title>", "<pre><code");
        assertThat(surlex).doesNotContain("---\ntitle:");
        // a link between doc pages points at the other page's post
        assertThat(get("/blog/2026/nov/21/surlex-spring/").body()).contains("href=\"/blog/2026/nov/20/surlex/\"");
    }

    @Test
    void blogPages_goThroughThePageCache() throws Exception {
        String path = "/blog/2026/nov/22/templates/";
        HttpResponse<String> first = get(path);
        HttpResponse<String> second = get(path);
        assertThat(first.headers().firstValue("X-Cache").orElseThrow()).matches("MISS|HIT|STALE");
        assertThat(second.headers().firstValue("X-Cache")).hasValue("HIT");
        assertThat(second.body()).isEqualTo(first.body());
        // a visitor with a session never gets the shared page
        HttpResponse<String> withSession = client.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + path)).header("Cookie", "JSESSIONID=abc").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withSession.headers().firstValue("X-Cache").orElseThrow()).startsWith("BYPASS");
        // search is not cached
        assertThat(get("/search?q=cache").headers().firstValue("X-Cache")).isEmpty();
    }

    @Test
    void docImages_areServed() throws Exception {
        assertThat(get("/blog/2026/nov/28/demo/").body()).contains("src=\"/images/demo-blog.png\"");
        HttpResponse<String> image = get("/images/demo-blog.png", "image/png");
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
    }

    @Test
    void archives_andTags() throws Exception {
        assertThat(get("/blog/2026/").body()).contains("Posts of 2026", "/blog/2026/nov/22/templates/");
        assertThat(get("/blog/2026/nov/").body()).contains("Posts of November 2026");
        assertThat(get("/blog/2026/jan/").statusCode()).isEqualTo(404);
        assertThat(get("/blog/1999/").statusCode()).isEqualTo(404);
        String chat = get("/tags/chat/").body();
        assertThat(chat).contains("Posts tagged", "/blog/2026/nov/24/chat/", "/blog/2026/nov/24/chat-protocol/");
        assertThat(chat).doesNotContain("<h2><a href=\"/blog/2026/nov/20/surlex/\"");
    }

    @Test
    void search_findsByWord_andEscapesTheQuery() throws Exception {
        String found = get("/search?q=" + URLEncoder.encode("reverse tunnel", StandardCharsets.UTF_8)).body();
        assertThat(found).contains("/blog/2026/nov/26/ssh-tunnels/");
        String evil = get("/search?q=" + URLEncoder.encode("<script>alert(1)</script>", StandardCharsets.UTF_8)).body();
        assertThat(evil).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(evil).contains("0 posts match");
    }

    @Test
    void notFound_isTheTemplatePage_withoutInternals() throws Exception {
        for (String path : List.of("/no/such/page", "/blog/2026/nov/20/no-such-post/", "/blog/2026/feb/30/x/",
                "/tags/nothing-here/", "/blog/2026/nov/21/surlex/")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("Page not found", "href=\"/chat/\"")
                    .doesNotContain("Exception", "at io.github", "Whitelabel");
        }
        // an encoded traversal never reaches the post lookup
        HttpResponse<String> traversal = get("/blog/2026/nov/20/..%2F..%2Fpom/");
        assertThat(traversal.statusCode()).isIn(400, 404);
        assertThat(traversal.body()).doesNotContain("<project", "at io.github");
    }

    @Test
    void feed_isWellFormedAtom() throws Exception {
        HttpResponse<String> response = get("/feed.xml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(response.body())));
        Element feed = doc.getDocumentElement();
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(feed.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isGreaterThanOrEqualTo(8);
        Element first = (Element) entries.item(0);
        String id = first.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id").item(0).getTextContent();
        assertThat(id).startsWith("http://127.0.0.1:" + port + "/blog/2026/");
        assertThat(get(URI.create(id).getPath()).statusCode()).isEqualTo(200);
    }

    @Test
    void aboutPage_listsEveryPart_andTheJavaVersion() throws Exception {
        String html = get("/about/").body();
        for (String part : List.of("surlex", "template-repl", "cache", "chat", "goto-cli", "ssh-tunnel-helper")) {
            assertThat(html).contains("<strong>" + part + "</strong>");
        }
        assertThat(html).contains("Running on Java " + Runtime.version());
    }

    @Test
    void actuatorHealth_isUp() throws Exception {
        HttpResponse<String> health = get("/actuator/health", "application/json");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        HttpResponse<String> metrics = get("/actuator/metrics/http.server.requests", "application/json");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("\"name\":\"http.server.requests\"");
    }

    @Test
    void chatClient_isServed() throws Exception {
        assertThat(get("/chat/").statusCode()).isEqualTo(200);
    }

    @Test
    void testsRunOnJava25() {
        assertThat(Runtime.version().feature()).isGreaterThanOrEqualTo(25);
    }

    @Test
    void sidebar_isRenderedOnceIntoTheFragmentCache() throws Exception {
        fragments.invalidateAll();
        assertThat(fragments.get(io.github.toolshed.cache.FragmentKey.of("sidebar"))).isNull();
        HttpResponse<String> first = get("/search?q=surlex"); // search pages are never page-cached
        assertThat(first.statusCode()).isEqualTo(200);
        String cached = fragments.get(io.github.toolshed.cache.FragmentKey.of("sidebar"));
        assertThat(cached).contains("Recent posts").contains("tag-cloud");
        assertThat(first.body()).contains(cached.strip());
    }

    @Test
    void cacheAdminPage_isDisabledWithoutAPassword() throws Exception {
        assertThat(get("/cache/").statusCode()).isEqualTo(404);
        HttpResponse<String> purge = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/cache/purge"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("kind=all")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(purge.statusCode()).isIn(404, 405);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void aotTraining_isOffUnlessTheBuildAsksForIt() throws Exception {
        assertThat(context.getBeansOfType(AotTraining.class)).isEmpty();
        for (String path : AotTraining.paths()) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(AotTraining.PAGES.get(path));
        }
    }
}

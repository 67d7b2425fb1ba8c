package io.github.toolshed.cache.nginx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.toolshed.cache.CaffeinePageStore;
import io.github.toolshed.cache.PageCache;
import io.github.toolshed.testsupport.MemcachedServer;
import io.github.toolshed.testsupport.NginxServer;
import io.github.toolshed.testsupport.ServerExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Real nginx in front of the application, serving published pages from memcached and from files. */
@Tag("integration")
class NginxFrontsIT {

    @RegisterExtension
    static final ServerExtension<MemcachedServer> memcached = ServerExtension.of(MemcachedServer::start);

    @TempDir
    Path temp;

    private App app;
    private NginxServer nginx;

    @AfterEach
    void stop() throws Exception {
        if (nginx != null) {
            nginx.close();
        }
        if (app != null) {
            app.close();
        }
    }

    private PageCache startApp(PagePublisher publisher) throws Exception {
        PageCache cache = PageCache.builder().cache("/**").hosts("localhost")
                .store(new PublishingPageStore(CaffeinePageStore.builder().build(), publisher)).build();
        app = new App(cache);
        return cache;
    }

    @Test
    void nginxServesFromMemcachedWithoutTheAppAndPurgesTakeEffect() throws Exception {
        String mc = memcached.get().host() + ":" + memcached.get().port();
        PageCache cache = startApp(new MemcachedPublisher(memcached.get().host(), memcached.get().port(), "page:", Clock.systemUTC()));
        nginx = NginxServer.start(port -> NginxConfig.memcached("127.0.0.1:" + port, mc, "page:", "127.0.0.1:" + app.port(),
                List.of("JSESSIONID")));

        App.Response first = App.get(nginx.port(), "/blog/1");
        assertEquals(200, first.statusCode());
        assertEquals(1, app.requests("/blog/1"));
        for (int i = 0; i < 5; i++) {
            App.Response hit = App.get(nginx.port(), "/blog/1");
            assertEquals(200, hit.statusCode());
            assertEquals("<p>page /blog/1</p>", hit.body());
        }
        assertEquals(1, app.requests("/blog/1"), "nginx answered from memcached");

        // A logged-in user and a POST always reach the application.
        App.get(nginx.port(), "/blog/1", "Cookie: theme=dark; JSESSIONID=abc");
        assertEquals(2, app.requests("/blog/1"));
        App.get(nginx.port(), "/blog/1", "Authorization: Basic dTpw");
        assertEquals(3, app.requests("/blog/1"));

        cache.purgeTag("path:/blog/1");
        App.get(nginx.port(), "/blog/1");
        assertEquals(4, app.requests("/blog/1"), "the purge deleted the memcached key");
    }

    @Test
    void nginxServesStaticFilesWithoutTheAppPurgesDeleteThemAndTraversalIsRefused() throws Exception {
        Path root = temp.resolve("pages");
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("secret.html"), "SECRET");
        StaticPagePublisher publisher = new StaticPagePublisher(root);
        Files.createSymbolicLink(root.resolve("link"), outside);
        PageCache cache = startApp(publisher);
        nginx = NginxServer.start(port -> NginxConfig.staticFiles("127.0.0.1:" + port, root, "127.0.0.1:" + app.port(),
                List.of("JSESSIONID")));

        for (String path : List.of("/blog/2", "/blog/")) {
            App.get(nginx.port(), path);
            assertEquals(1, app.requests(path));
            App.Response hit = App.get(nginx.port(), path);
            assertEquals("<p>page " + path + "</p>", hit.body());
            assertEquals(1, app.requests(path), "nginx answered " + path + " from a file");
        }
        assertTrue(Files.isRegularFile(root.resolve("blog/index.html")));

        cache.purgePrefix("/blog/");
        assertFalse(Files.exists(root.resolve("blog/2")));
        // nginx's open_file_cache may serve the deleted file for up to open_file_cache_valid (1 s)
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(5).toNanos();
        while (app.requests("/blog/2") < 2 && System.nanoTime() < deadline) {
            App.get(nginx.port(), "/blog/2");
            Thread.sleep(100);
        }
        assertEquals(2, app.requests("/blog/2"), "the purge reached nginx within open_file_cache_valid");

        // Through the symlink: neither nginx nor the publisher goes outside the root.
        App.Response viaLink = App.get(nginx.port(), "/link/secret.html");
        assertFalse(viaLink.body().contains("SECRET"));
        App.get(nginx.port(), "/link/new.html");
        assertFalse(Files.exists(outside.resolve("new.html")), "the publisher refused the symlink");
        for (String attack : List.of("/../outside/secret.html", "/%2e%2e/outside/secret.html", "/blog/..%2f..%2foutside/secret.html")) {
            App.Response response = App.get(nginx.port(), attack);
            assertFalse(response.body().contains("SECRET"), attack);
            assertNotEquals(0, response.statusCode());
        }
        try (var files = Files.walk(temp.resolve("outside"))) {
            assertEquals(2, files.count(), "nothing was written outside the root");
        }
    }
}

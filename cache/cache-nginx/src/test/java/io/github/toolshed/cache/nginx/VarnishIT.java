package io.github.toolshed.cache.nginx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.toolshed.cache.CaffeinePageStore;
import io.github.toolshed.cache.PageCache;
import io.github.toolshed.testsupport.Binaries;
import io.github.toolshed.testsupport.FreePorts;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real varnishd with the generated VCL in front of the page filter. */
@Tag("integration")
class VarnishIT {

    @TempDir
    Path temp;

    private Process varnish;
    private App app;

    @AfterEach
    void stop() throws Exception {
        if (varnish != null) {
            varnish.descendants().forEach(ProcessHandle::destroyForcibly);
            varnish.destroyForcibly().waitFor();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theGeneratedVclCompiles() throws Exception {
        Path vcl = Files.writeString(temp.resolve("t.vcl"), VarnishConfig.vcl("127.0.0.1", 8081, List.of("127.0.0.1"), List.of("JSESSIONID")));
        Process compile = new ProcessBuilder(varnishd().toString(), "-C", "-j", "none", "-f", vcl.toString(), "-n", temp.resolve("n").toString())
                .redirectErrorStream(true).start();
        String output = new String(compile.getInputStream().readAllBytes());
        assertEquals(0, compile.waitFor(), output);
    }

    @Test
    void varnishServesHitsWithoutTheAppPassesSessionsAndObeysPurgesAndBans() throws Exception {
        int port = FreePorts.next();
        PageCache cache = PageCache.builder().cache("/**").hosts("localhost")
                .store(new PublishingPageStore(new SurrogateHeadersStore(CaffeinePageStore.builder().build()),
                        new VarnishPurger("127.0.0.1", port)))
                .build();
        app = new App(cache);
        Path vcl = Files.writeString(temp.resolve("app.vcl"),
                VarnishConfig.vcl("127.0.0.1", app.port(), List.of("127.0.0.1"), List.of("JSESSIONID")));
        varnish = new ProcessBuilder(varnishd().toString(), "-F", "-j", "none", "-T", "none", "-a", "127.0.0.1:" + port,
                "-f", vcl.toString(), "-n", temp.resolve("work").toString(), "-s", "malloc,16m")
                .redirectErrorStream(true).redirectOutput(temp.resolve("varnish.log").toFile()).start();
        awaitPort(port);

        App.get(port, "/blog/1"); // the first render carries no surrogate headers: not kept
        App.get(port, "/blog/1"); // a filter hit with them: kept
        int before = app.requests("/blog/1");
        assertEquals(2, before);
        for (int i = 0; i < 5; i++) {
            assertEquals("<p>page /blog/1</p>", App.get(port, "/blog/1").body());
        }
        assertEquals(before, app.requests("/blog/1"), "Varnish answered");

        App.get(port, "/blog/1", "Cookie: JSESSIONID=abc");
        assertEquals(before + 1, app.requests("/blog/1"), "a session passes to the app");

        cache.purgeTag("path:/blog/1"); // PURGE sent by VarnishPurger
        App.get(port, "/blog/1");
        assertEquals(before + 2, app.requests("/blog/1"), "the purge reached Varnish");

        App.get(port, "/blog/1"); // stored again, with its surrogate key
        int cached = app.requests("/blog/1");
        App.get(port, "/blog/1");
        assertEquals(cached, app.requests("/blog/1"));
        assertEquals(400, App.ban(port, "x ~ . || obj.status ~ .").statusCode(), "no ban expression injection");
        App.Response ban = App.ban(port, "path:/blog/1");
        assertEquals(200, ban.statusCode(), ban.body());
        App.get(port, "/blog/1");
        assertEquals(cached + 1, app.requests("/blog/1"), "the ban by tag reached the cached object");
    }

    private static Path varnishd() {
        return Binaries.require("varnishd", "varnish");
    }

    private static void awaitPort(int port) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                new Socket("127.0.0.1", port).close();
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("varnishd did not listen on " + port);
    }
}

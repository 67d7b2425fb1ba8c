package io.github.toolshed.cache;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.AsyncContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Responses the filter must let through unharmed: asynchronous, redirected, failed. */
class PageCacheStreamingTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(PageCache.builder().cache("/**").hosts("localhost").build());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void asyncResponse_isStreamedIntact_andNotStored() {
        server.handle("/async", (req, res) -> {
            res.getWriter().write("before ");
            AsyncContext async = req.startAsync();
            async.start(() -> {
                try {
                    async.getResponse().getWriter().write("after");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                async.complete();
            });
        });
        RawHttp.Response first = server.get("/async");
        assertThat(first.xCache()).isEqualTo("MISS; reason=async");
        assertThat(first.body()).isEqualTo("before after");
        assertThat(server.get("/async").body()).isEqualTo("before after");
        assertThat(server.renders("/async")).isEqualTo(2);
    }

    @Test
    void redirect_passesThroughAndIsNotStored() {
        server.handle("/old", (req, res) -> res.sendRedirect("/new"));
        RawHttp.Response r = server.get("/old");
        assertThat(r.status()).isEqualTo(302);
        assertThat(r.header("Location")).endsWith("/new");
        assertThat(r.xCache()).isEqualTo("MISS; reason=status");
        server.get("/old");
        assertThat(server.renders("/old")).isEqualTo(2);
    }

    @Test
    void renderThatThrows_withoutAStalePage_isAServerErrorAndNotStored() {
        server.handle("/boom", (req, res) -> {
            res.getWriter().write("half a page");
            throw new IllegalStateException("boom");
        });
        RawHttp.Response r = server.get("/boom");
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.body()).doesNotContain("half a page");
        server.get("/boom");
        assertThat(server.renders("/boom")).isEqualTo(2);
    }

    @Test
    void outputStreamBodies_areCapturedByteForByte() {
        byte[] binary = new byte[3000];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        server.handle("/bin", (req, res) -> {
            res.setContentType("application/octet-stream");
            res.getOutputStream().write(binary, 0, 1000);
            for (int i = 1000; i < 2000; i++) {
                res.getOutputStream().write(binary[i]);
            }
            res.getOutputStream().write(binary, 2000, 1000);
            res.flushBuffer();
        });
        RawHttp.Response miss = server.get("/bin");
        RawHttp.Response hit = server.get("/bin");
        assertThat(miss.bodyBytes()).isEqualTo(binary);
        assertThat(hit.xCache()).isEqualTo("HIT");
        assertThat(hit.bodyBytes()).isEqualTo(binary);
        assertThat(hit.header("Content-Length")).isEqualTo("3000");
    }
}

package io.github.toolshed.cache.nginx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StaticPagePublisherTest {

    @TempDir
    Path temp;

    @Test
    void pathsMapLikeNginxUriWithDirectoriesToIndexHtml() throws Exception {
        StaticPagePublisher publisher = new StaticPagePublisher(temp.resolve("root"));
        Path root = temp.resolve("root").toRealPath();
        assertEquals(Optional.of(root.resolve("index.html")), publisher.fileFor("/"));
        assertEquals(Optional.of(root.resolve("blog/index.html")), publisher.fileFor("/blog/"));
        assertEquals(Optional.of(root.resolve("blog/1")), publisher.fileFor("/blog/1"));
        assertEquals(Optional.of(root.resolve("blog/café")), publisher.fileFor("/blog/caf%C3%A9"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../etc/passwd", "/blog/../../x", "/%2e%2e/x", "/%2E%2E/%2e%2e/x", "/a/%2f/b", "/a%2Fb",
        "/a%5cb", "/a\\b", "/a%00b", "/a\u0000b", "/a%0ab", "/./x", "/a//b", "/%c0%ae%c0%ae/x", "/%", "/%zz",
        "relative", "", "/x\r\nSet-Cookie: a"})
    void pathsThatCouldLeaveTheRootOrBeReadDifferentlyAreRefused(String path) {
        StaticPagePublisher publisher = new StaticPagePublisher(temp.resolve("root"));
        assertEquals(Optional.empty(), publisher.fileFor(path));
        publisher.publish(Pages.page(path, "x", Duration.ofMinutes(1)));
        try (var files = Files.walk(temp)) {
            assertEquals(2, files.count(), "nothing written for " + path);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void symbolicLinksOnTheWayAreRefused() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        StaticPagePublisher publisher = new StaticPagePublisher(temp.resolve("root"));
        Files.createSymbolicLink(temp.resolve("root/link"), outside);
        Files.createSymbolicLink(temp.resolve("root/file"), outside.resolve("target"));
        assertEquals(Optional.empty(), publisher.fileFor("/link/x"));
        assertEquals(Optional.empty(), publisher.fileFor("/file"));
        publisher.publish(Pages.page("/link/x", "x", Duration.ofMinutes(1)));
        publisher.publish(Pages.page("/file", "x", Duration.ofMinutes(1)));
        assertFalse(Files.exists(outside.resolve("x")));
        assertFalse(Files.exists(outside.resolve("target")));
    }

    @Test
    void publishingReplacesAtomicallyAndPurgeDeletes() throws Exception {
        StaticPagePublisher publisher = new StaticPagePublisher(temp.resolve("root"));
        Path file = publisher.fileFor("/blog/").orElseThrow();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 50; i++) {
                String body = ("v" + i + " ").repeat(1000);
                pool.submit(() -> publisher.publish(Pages.page("/blog/", body, Duration.ofMinutes(1))));
                pool.submit(() -> {
                    if (Files.exists(file)) {
                        String read = Files.readString(file);
                        assertEquals(read.substring(0, read.indexOf(' ') + 1).repeat(1000), read, "never half a page");
                    }
                    return null;
                });
            }
        }
        try (var files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "no temporary files left");
        }
        publisher.unpublish(Pages.page("/blog/", "x", Duration.ofMinutes(1)));
        assertFalse(Files.exists(file));
    }

    @Test
    void aPathCollidingWithADirectoryIsNotPublished() throws Exception {
        StaticPagePublisher publisher = new StaticPagePublisher(temp.resolve("root"));
        publisher.publish(Pages.page("/blog/1", "one", Duration.ofMinutes(1)));
        publisher.publish(Pages.page("/blog", "blog", Duration.ofMinutes(1)));
        assertTrue(Files.isDirectory(temp.resolve("root/blog")));
        publisher.publish(Pages.page("/blog/1/2", "two", Duration.ofMinutes(1)));
        assertEquals("one", Files.readString(temp.resolve("root/blog/1")));
    }
}

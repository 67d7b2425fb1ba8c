package io.github.toolshed.cache.nginx;

import io.github.toolshed.cache.CachedPage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Builds pages for store tests. */
final class Pages {

    private Pages() {}

    static CachedPage page(String path, String body, Duration lifetime, String... tags) {
        Instant now = Instant.now();
        return new CachedPage(200,
                List.of(new CachedPage.Header("Content-Type", "text/html;charset=UTF-8"), new CachedPage.Header("X-Ünïcode", "välue")),
                body.getBytes(StandardCharsets.UTF_8), "\"" + Integer.toHexString(body.hashCode()) + "\"",
                Instant.ofEpochSecond(now.getEpochSecond()), now, now.plus(lifetime), now.plus(lifetime),
                now.plus(lifetime), Set.of(tags), "http://example.com" + path, path.contains("?") ? path.substring(0, path.indexOf('?')) : path, Duration.ofMillis(12));
    }

    static String body(CachedPage page) {
        return page == null ? null : new String(page.body(), StandardCharsets.UTF_8);
    }
}

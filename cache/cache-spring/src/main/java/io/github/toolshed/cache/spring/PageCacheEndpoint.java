package io.github.toolshed.cache.spring;

import io.github.toolshed.cache.CachedPage;
import io.github.toolshed.cache.PageCache;
import io.github.toolshed.cache.PageStore;
import io.github.toolshed.cache.UrlMatcher;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.DeleteOperation;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;

/**
 * The {@code pagecache} Actuator endpoint: {@code GET /actuator/pagecache} shows the size,
 * patterns and up to 100 entries; {@code GET /actuator/pagecache/{key}} one entry;
 * {@code DELETE /actuator/pagecache?tag=post:42} (or {@code url}, {@code prefix},
 * {@code pattern}, {@code key}, {@code all=true}) purges.
 */
@Endpoint(id = "pagecache")
public class PageCacheEndpoint {

    private static final int LISTED_ENTRIES = 100;

    private final PageCache cache;

    /**
     * Creates the endpoint for a cache.
     *
     * @param cache the page cache
     */
    public PageCacheEndpoint(PageCache cache) {
        this.cache = cache;
    }

    /**
     * Describes the cache: store statistics, URL patterns and some entries.
     *
     * @return the description
     */
    @ReadOperation
    public Map<String, Object> summary() {
        PageStore.Stats stats = cache.store().stats();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("entries", stats.entries());
        result.put("bytes", stats.bytes());
        result.put("maximumBytes", stats.maximumBytes());
        result.put("evictions", stats.evictions());
        result.put("patterns", cache.patterns().stream().map(UrlMatcher::pattern).toList());
        result.put("pages", cache.store().entries(LISTED_ENTRIES).stream().map(PageCacheEndpoint::describe).toList());
        return result;
    }

    /**
     * Describes one entry.
     *
     * @param key the entry key
     * @return the entry, or null (404) when absent
     */
    @ReadOperation
    public @Nullable Map<String, Object> entry(@Selector String key) {
        for (PageStore.Entry entry : cache.store().entries(Integer.MAX_VALUE)) {
            if (entry.key().equals(key)) {
                return describe(entry);
            }
        }
        return null;
    }

    /**
     * Purges pages; exactly one selector must be given.
     *
     * @param key a store key
     * @param url an absolute URL or a path with query
     * @param prefix a path prefix
     * @param pattern an Ant-style path pattern
     * @param tag a surrogate key
     * @param all {@code true} to purge everything
     * @return how many pages were removed
     * @throws InvalidEndpointRequestException (400) unless exactly one selector is given
     */
    @DeleteOperation
    public Map<String, Object> purge(@Nullable String key, @Nullable String url, @Nullable String prefix,
            @Nullable String pattern, @Nullable String tag, @Nullable Boolean all) {
        long given = Stream.of(key, url, prefix, pattern, tag, Boolean.TRUE.equals(all) ? "all" : null)
                .filter(Objects::nonNull)
                .count();
        if (given != 1) {
            throw new InvalidEndpointRequestException("Give exactly one of key, url, prefix, pattern, tag or all=true",
                    "exactly one purge selector required");
        }
        long removed;
        if (key != null) {
            removed = cache.purgeKey(key);
        } else if (url != null) {
            removed = cache.purgeUrl(url);
        } else if (prefix != null) {
            removed = cache.purgePrefix(prefix);
        } else if (pattern != null) {
            removed = cache.purgeMatching(UrlMatcher.ant(pattern));
        } else if (tag != null) {
            removed = cache.purgeTag(tag);
        } else {
            removed = cache.purgeAll();
        }
        return Map.of("removed", removed);
    }

    private static Map<String, Object> describe(PageStore.Entry entry) {
        CachedPage page = entry.page();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("key", entry.key());
        result.put("url", page.url());
        result.put("status", page.status());
        result.put("bytes", page.body().length);
        result.put("etag", page.etag());
        result.put("storedAt", page.storedAt().toString());
        result.put("freshUntil", page.freshUntil().toString());
        result.put("tags", List.copyOf(page.tags()));
        result.put("renderMillis", page.renderTime().toNanos() / 1e6);
        return result;
    }
}

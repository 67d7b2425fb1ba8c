package io.github.toolshed.cache;

import jakarta.servlet.ServletRequest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A page cache: its configuration, its {@link PageStore}, the servlet {@link #filter()} that
 * serves and fills it, and the invalidation API (by key, URL, prefix, pattern, tag).
 *
 * <pre>{@code
 * PageCache cache = PageCache.builder()
 *     .cache(UrlMatcher.ant("/blog/**"))
 *     .hosts("example.com")
 *     .defaultTtl(Duration.ofMinutes(5))
 *     .build();
 * servletContext.addFilter("pageCache", cache.filter());
 * // later, when post 42 changes:
 * cache.purgeTag("post:42");
 * }</pre>
 *
 * <p>Nothing is cached until at least one URL pattern and one host are configured. Instances are
 * thread-safe.
 */
public final class PageCache {

    /** The request attribute holding the tags of the page being rendered (see {@link #tag}). */
    public static final String TAGS_ATTRIBUTE = PageCache.class.getName() + ".tags";

    /**
     * The response header through which a handler may also tag a page (space or comma separated);
     * the cache consumes it and never sends it to the client.
     */
    public static final String TAGS_HEADER = "X-Cache-Tags";

    private static final int MAX_TAG_LENGTH = 256;

    private final Settings settings;
    private final PageStore store;
    private final PageCacheFilter filter;
    private final AtomicLong purges = new AtomicLong();

    PageCache(Settings settings, PageStore store) {
        this.settings = settings;
        this.store = store;
        this.filter = new PageCacheFilter(this);
    }

    /**
     * Starts a builder: nothing cached, 60 s default lifetime, 10 s stale-while-revalidate,
     * 60 s stale-if-error, status 200 only, session cookie {@code JSESSIONID}, 1 MiB entries,
     * a 64 MiB Caffeine store.
     *
     * @return a new builder
     */
    public static PageCacheBuilder builder() {
        return new PageCacheBuilder();
    }

    /**
     * Returns the servlet filter that serves and fills this cache (one instance per cache).
     *
     * @return the filter
     */
    public PageCacheFilter filter() {
        return filter;
    }

    /**
     * Returns the store holding the pages.
     *
     * @return the store
     */
    public PageStore store() {
        return store;
    }

    /**
     * Returns the URL patterns that opt pages into caching.
     *
     * @return the patterns, in configuration order
     */
    public List<UrlMatcher> patterns() {
        return settings.patterns();
    }

    /**
     * Tells whether a path (within the servlet context) is opted into caching.
     *
     * @param path the path, e.g. {@code /blog/}
     * @return true when a pattern matches
     */
    public boolean matches(String path) {
        for (UrlMatcher matcher : settings.patterns()) {
            if (matcher.matches(path)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tags the page being rendered for this request, so it can later be purged with
     * {@link #purgeTag(String)}; call it from a controller or view.
     *
     * @param request the current request
     * @param tags tags such as {@code post:42}: 1 to 256 characters, no whitespace or commas
     * @throws CacheException if a tag is malformed
     */
    public static void tag(ServletRequest request, String... tags) {
        @SuppressWarnings("unchecked")
        Set<String> current = (Set<String>) request.getAttribute(TAGS_ATTRIBUTE);
        Set<String> updated = current == null ? new LinkedHashSet<>() : new LinkedHashSet<>(current);
        addTags(updated, tags);
        request.setAttribute(TAGS_ATTRIBUTE, updated);
    }

    static void addTags(Set<String> target, String... tags) {
        for (String tag : tags) {
            if (tag == null || tag.isEmpty() || tag.length() > MAX_TAG_LENGTH) {
                if (tag != null && tag.isEmpty()) {
                    continue;
                }
                throw new CacheException("a tag must be 1 to " + MAX_TAG_LENGTH + " characters, was " + tag);
            }
            for (int i = 0; i < tag.length(); i++) {
                char c = tag.charAt(i);
                if (c <= ' ' || c == ',' || c == 0x7f) {
                    throw new CacheException("a tag must not contain whitespace, commas or control characters: " + tag);
                }
            }
            target.add(tag);
        }
    }

    /**
     * Removes the page stored under a key.
     *
     * @param key the key, as listed by {@link PageStore#entries(int)}
     * @return the number of pages removed
     */
    public long purgeKey(String key) {
        return purge(new Purge.ByKey(key));
    }

    /**
     * Removes every variant of a URL: {@code https://host/path?q} for one host, or
     * {@code /path?q} for every host. The query may be in any order.
     *
     * @param url an absolute URL or a path with an optional query
     * @return the number of pages removed
     */
    public long purgeUrl(String url) {
        Objects.requireNonNull(url, "url");
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        String query = q < 0 ? "" : QueryCanonicalizer.canonicalize(url.substring(q + 1));
        int schemeEnd = base.indexOf("://");
        if (schemeEnd > 0) {
            base = base.substring(0, schemeEnd).toLowerCase(Locale.ROOT) + "://" + lowerHost(base.substring(schemeEnd + 3));
        }
        return purge(new Purge.ByUrl(query.isEmpty() ? base : base + "?" + query));
    }

    private static String lowerHost(String hostAndPath) {
        int slash = hostAndPath.indexOf('/');
        return slash < 0
                ? hostAndPath.toLowerCase(Locale.ROOT) + "/"
                : hostAndPath.substring(0, slash).toLowerCase(Locale.ROOT) + hostAndPath.substring(slash);
    }

    /**
     * Removes every page whose request path starts with a prefix.
     *
     * @param pathPrefix e.g. {@code /blog/}
     * @return the number of pages removed
     */
    public long purgePrefix(String pathPrefix) {
        return purge(new Purge.ByPrefix(pathPrefix));
    }

    /**
     * Removes every page whose request path matches a pattern.
     *
     * @param matcher e.g. {@code UrlMatcher.ant("/blog/**")}
     * @return the number of pages removed
     */
    public long purgeMatching(UrlMatcher matcher) {
        return purge(new Purge.ByPattern(matcher));
    }

    /**
     * Removes every page tagged with a surrogate key.
     *
     * @param tag e.g. {@code post:42}
     * @return the number of pages removed
     */
    public long purgeTag(String tag) {
        return purge(new Purge.ByTag(tag));
    }

    /**
     * Removes every page.
     *
     * @return the number of pages removed
     */
    public long purgeAll() {
        return purge(new Purge.All());
    }

    /**
     * Applies any purge to the store. Pages whose render was under way during a purge are not
     * stored ({@code MISS; reason=purged}), so a purge cannot be undone by a render that read the
     * old data; distributed stores should apply remote purges through this method too.
     *
     * @param purge what to remove
     * @return the number of pages removed
     */
    public long purge(Purge purge) {
        Objects.requireNonNull(purge, "purge");
        purges.incrementAndGet();
        return store.invalidate(purge);
    }

    /** Counts purges; a render that overlaps a purge is not stored. */
    long generation() {
        return purges.get();
    }

    Settings settings() {
        return settings;
    }
}

package io.github.toolshed.cache;

import jakarta.servlet.ServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
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

    private PageCache(Settings settings, PageStore store) {
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
    public static Builder builder() {
        return new Builder();
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

    /** Builds a {@link PageCache}; every setting is validated when set. */
    public static final class Builder {

        private PageStore store;
        private final ArrayList<UrlMatcher> patterns = new ArrayList<>();
        private final Set<String> hosts = new LinkedHashSet<>();
        private final Set<String> sessionCookies = new LinkedHashSet<>(Set.of("jsessionid"));
        private final Set<String> csrfAttributes =
                new LinkedHashSet<>(Set.of("_csrf", "org.springframework.security.web.csrf.CsrfToken"));
        private Set<Integer> cacheableStatuses = Set.of(200);
        private Set<String> queryParameters;
        private int maxQueryVariants = 64;
        private Duration defaultTtl = Duration.ofSeconds(60);
        private Duration staleWhileRevalidate = Duration.ofSeconds(10);
        private Duration staleIfError = Duration.ofSeconds(60);
        private Duration lockTimeout = Duration.ofSeconds(5);
        private int maxEntryBytes = 1 << 20;
        private boolean exposeHeader = true;
        private Clock clock = Clock.systemUTC();
        private PageCacheListener listener = PageCacheListener.NONE;

        private Builder() {}

        /**
         * Sets the store (default: a 64 MiB {@link CaffeinePageStore} on this builder's clock).
         *
         * @param store the store
         * @return this builder
         */
        public Builder store(PageStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * Opts URLs into caching; may be called repeatedly.
         *
         * @param matchers the patterns
         * @return this builder
         */
        public Builder cache(UrlMatcher... matchers) {
            for (UrlMatcher matcher : matchers) {
                patterns.add(Objects.requireNonNull(matcher, "matcher"));
            }
            return this;
        }

        /**
         * Opts URLs into caching by Ant-style patterns, e.g. {@code /blog/**}.
         *
         * @param antPatterns the patterns
         * @return this builder
         */
        public Builder cache(String... antPatterns) {
            for (String pattern : antPatterns) {
                patterns.add(UrlMatcher.ant(pattern));
            }
            return this;
        }

        /**
         * Adds hosts to the allow-list: {@code example.com} allows every port,
         * {@code example.com:8080} only that port. Requests naming any other host in {@code Host}
         * or {@code X-Forwarded-Host} bypass the cache.
         *
         * @param hostNames the hosts
         * @return this builder
         */
        public Builder hosts(String... hostNames) {
            return hosts(List.of(hostNames));
        }

        /**
         * Adds hosts to the allow-list, see {@link #hosts(String...)}.
         *
         * @param hostNames the hosts
         * @return this builder
         */
        public Builder hosts(Collection<String> hostNames) {
            for (String host : hostNames) {
                String normalized = RequestKeys.normalizeHost(host);
                if (normalized == null) {
                    throw new CacheException("hosts contains an invalid host name: " + host);
                }
                hosts.add(normalized);
            }
            return this;
        }

        /**
         * Adds names of cookies that mark a personal request (sessions, logins); requests carrying
         * one bypass the cache. {@code JSESSIONID} is always included.
         *
         * @param names cookie names, compared case-insensitively
         * @return this builder
         */
        public Builder sessionCookies(Collection<String> names) {
            for (String name : names) {
                if (name == null || name.isBlank()) {
                    throw new CacheException("sessionCookies must not contain blank names");
                }
                sessionCookies.add(name.trim().toLowerCase(Locale.ROOT));
            }
            return this;
        }

        /**
         * Adds request attribute names whose reading marks a render as personal (CSRF tokens).
         *
         * @param names attribute names
         * @return this builder
         */
        public Builder csrfAttributes(Collection<String> names) {
            csrfAttributes.addAll(names);
            return this;
        }

        /**
         * Sets the statuses that may be stored (default: 200 only).
         *
         * @param statuses e.g. 200, 203, 301, 404, 410
         * @return this builder
         */
        public Builder cacheableStatuses(Collection<Integer> statuses) {
            for (int status : statuses) {
                if (status < 200 || status > 599 || status == 206 || status == 304) {
                    throw new CacheException("cacheableStatuses must be final statuses other than 206 and 304, was " + status);
                }
            }
            this.cacheableStatuses = Set.copyOf(statuses);
            return this;
        }

        /**
         * Restricts query strings to an allow-list of parameter names; a request with any other
         * parameter bypasses the cache. Without an allow-list every parameter is accepted but
         * each path keeps at most {@link #maxQueryVariants(int)} distinct query strings.
         *
         * @param names the allowed parameter names
         * @return this builder
         */
        public Builder queryParameters(Collection<String> names) {
            this.queryParameters = Set.copyOf(names);
            return this;
        }

        /**
         * Caps the distinct query strings per path when no allow-list is set (default 64).
         *
         * @param max at least 1
         * @return this builder
         */
        public Builder maxQueryVariants(int max) {
            if (max < 1) {
                throw new CacheException("maxQueryVariants must be at least 1, was " + max);
            }
            this.maxQueryVariants = max;
            return this;
        }

        /**
         * Sets the lifetime of responses that state neither {@code s-maxage} nor {@code max-age}.
         *
         * @param ttl positive
         * @return this builder
         */
        public Builder defaultTtl(Duration ttl) {
            this.defaultTtl = positive("defaultTtl", ttl);
            return this;
        }

        /**
         * Sets how long after expiry a stale page may be served while one request re-renders,
         * unless the response states {@code stale-while-revalidate}.
         *
         * @param window zero or positive
         * @return this builder
         */
        public Builder staleWhileRevalidate(Duration window) {
            this.staleWhileRevalidate = notNegative("staleWhileRevalidate", window);
            return this;
        }

        /**
         * Sets how long after expiry a stale page may be served when the render fails (exception
         * or 5xx), unless the response states {@code stale-if-error}.
         *
         * @param window zero or positive
         * @return this builder
         */
        public Builder staleIfError(Duration window) {
            this.staleIfError = notNegative("staleIfError", window);
            return this;
        }

        /**
         * Sets how long concurrent misses wait for the one render before rendering themselves.
         *
         * @param timeout positive
         * @return this builder
         */
        public Builder lockTimeout(Duration timeout) {
            this.lockTimeout = positive("lockTimeout", timeout);
            return this;
        }

        /**
         * Sets the largest body that is captured and stored (default 1 MiB); larger responses
         * stream through uncached.
         *
         * @param bytes between 1 and 1 GiB
         * @return this builder
         */
        public Builder maxEntryBytes(long bytes) {
            if (bytes < 1 || bytes > (1 << 30)) {
                throw new CacheException("maxEntryBytes must be between 1 and 1 GiB, was " + bytes);
            }
            this.maxEntryBytes = (int) bytes;
            return this;
        }

        /**
         * Turns the {@code X-Cache} response header on or off (default on).
         *
         * @param expose whether to send the header
         * @return this builder
         */
        public Builder exposeHeader(boolean expose) {
            this.exposeHeader = expose;
            return this;
        }

        /**
         * Sets the clock used for lifetimes and {@code Age} (tests use a fixed clock).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets the listener told about every handled request (metrics).
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder listener(PageCacheListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Builds the cache.
         *
         * @return the cache
         */
        public PageCache build() {
            PageStore effectiveStore = store != null ? store : CaffeinePageStore.builder().clock(clock).build();
            Settings settings = new Settings(
                    List.copyOf(patterns),
                    Set.copyOf(hosts),
                    Set.copyOf(sessionCookies),
                    Set.copyOf(csrfAttributes),
                    cacheableStatuses,
                    queryParameters,
                    maxQueryVariants,
                    defaultTtl,
                    staleWhileRevalidate,
                    staleIfError,
                    lockTimeout,
                    maxEntryBytes,
                    exposeHeader,
                    clock,
                    listener);
            return new PageCache(settings, effectiveStore);
        }

        private static Duration positive(String name, Duration value) {
            Objects.requireNonNull(value, name);
            if (value.isNegative() || value.isZero()) {
                throw new CacheException(name + " must be positive, was " + value);
            }
            return value;
        }

        private static Duration notNegative(String name, Duration value) {
            Objects.requireNonNull(value, name);
            if (value.isNegative()) {
                throw new CacheException(name + " must not be negative, was " + value);
            }
            return value;
        }
    }
}

package io.github.toolshed.cache;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** Builds a {@link PageCache}; every setting is validated when set. */
public final class PageCacheBuilder {

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

    PageCacheBuilder() {}

    /**
     * Sets the store (default: a 64 MiB {@link CaffeinePageStore} on this builder's clock).
     *
     * @param store the store
     * @return this builder
     */
    public PageCacheBuilder store(PageStore store) {
        this.store = Objects.requireNonNull(store, "store");
        return this;
    }

    /**
     * Opts URLs into caching; may be called repeatedly.
     *
     * @param matchers the patterns
     * @return this builder
     */
    public PageCacheBuilder cache(UrlMatcher... matchers) {
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
    public PageCacheBuilder cache(String... antPatterns) {
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
    public PageCacheBuilder hosts(String... hostNames) {
        return hosts(List.of(hostNames));
    }

    /**
     * Adds hosts to the allow-list, see {@link #hosts(String...)}.
     *
     * @param hostNames the hosts
     * @return this builder
     */
    public PageCacheBuilder hosts(Collection<String> hostNames) {
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
    public PageCacheBuilder sessionCookies(Collection<String> names) {
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
    public PageCacheBuilder csrfAttributes(Collection<String> names) {
        csrfAttributes.addAll(names);
        return this;
    }

    /**
     * Sets the statuses that may be stored (default: 200 only).
     *
     * @param statuses e.g. 200, 203, 301, 404, 410
     * @return this builder
     */
    public PageCacheBuilder cacheableStatuses(Collection<Integer> statuses) {
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
    public PageCacheBuilder queryParameters(Collection<String> names) {
        this.queryParameters = Set.copyOf(names);
        return this;
    }

    /**
     * Caps the distinct query strings per path when no allow-list is set (default 64).
     *
     * @param max at least 1
     * @return this builder
     */
    public PageCacheBuilder maxQueryVariants(int max) {
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
    public PageCacheBuilder defaultTtl(Duration ttl) {
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
    public PageCacheBuilder staleWhileRevalidate(Duration window) {
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
    public PageCacheBuilder staleIfError(Duration window) {
        this.staleIfError = notNegative("staleIfError", window);
        return this;
    }

    /**
     * Sets how long concurrent misses wait for the one render before rendering themselves.
     *
     * @param timeout positive
     * @return this builder
     */
    public PageCacheBuilder lockTimeout(Duration timeout) {
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
    public PageCacheBuilder maxEntryBytes(long bytes) {
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
    public PageCacheBuilder exposeHeader(boolean expose) {
        this.exposeHeader = expose;
        return this;
    }

    /**
     * Sets the clock used for lifetimes and {@code Age} (tests use a fixed clock).
     *
     * @param clock the clock
     * @return this builder
     */
    public PageCacheBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /**
     * Sets the listener told about every handled request (metrics).
     *
     * @param listener the listener
     * @return this builder
     */
    public PageCacheBuilder listener(PageCacheListener listener) {
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

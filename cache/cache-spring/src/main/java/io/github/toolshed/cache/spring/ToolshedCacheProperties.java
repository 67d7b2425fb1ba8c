package io.github.toolshed.cache.spring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * Configuration of the Toolshed page and fragment caches ({@code toolshed.cache.*}).
 */
@ConfigurationProperties("toolshed.cache")
public class ToolshedCacheProperties {

    private final Page page = new Page();
    private final Fragment fragment = new Fragment();

    /**
     * Returns the page-cache settings.
     *
     * @return the page settings
     */
    public Page getPage() {
        return page;
    }

    /**
     * Returns the fragment-cache settings.
     *
     * @return the fragment settings
     */
    public Fragment getFragment() {
        return fragment;
    }

    /** Settings of the page-cache filter ({@code toolshed.cache.page.*}). */
    public static class Page {

        /** Whether to register the page-cache filter. */
        private boolean enabled = true;

        /**
         * Where pages live: caffeine (in this node, bounded by max-size), redis (shared by every
         * node, needs toolshed-cache-redis and spring.data.redis.*) or two-level (Caffeine in each
         * node in front of Redis, invalidations spread over Redis pub/sub).
         */
        private PageStoreType store = PageStoreType.CAFFEINE;

        /**
         * URL patterns of the pages to cache: Ant-style, e.g. /blog/**, or surlex with a "surlex:"
         * prefix, e.g. surlex:/blog/<year:Y>/<slug:s>/ (needs toolshed-surlex). Nothing is cached
         * when empty.
         */
        private List<String> patterns = new ArrayList<>();

        /**
         * Hosts allowed in Host and X-Forwarded-Host; "example.com" allows every port,
         * "example.com:8080" only that port. Requests for other hosts bypass the cache.
         */
        private List<String> hosts = new ArrayList<>(List.of("localhost", "127.0.0.1", "[::1]"));

        /** Cookies that mark a personal request (sessions, logins); such requests bypass the cache. */
        private List<String> sessionCookies = new ArrayList<>(List.of("JSESSIONID", "SESSION", "remember-me"));

        /** Request attributes whose reading marks a render as personal (CSRF tokens). */
        private List<String> csrfAttributes = new ArrayList<>(List.of("_csrf"));

        /** Lifetime of responses that state neither s-maxage nor max-age. */
        private Duration defaultTtl = Duration.ofSeconds(60);

        /** How long an expired page may be served while one request re-renders it. */
        private Duration staleWhileRevalidate = Duration.ofSeconds(10);

        /** How long an expired page may be served when the render fails. */
        private Duration staleIfError = Duration.ofSeconds(60);

        /** How long concurrent misses wait for the one render of a page before rendering themselves. */
        private Duration lockTimeout = Duration.ofSeconds(5);

        /** Bound on the memory held by all cached pages (Caffeine store). */
        private DataSize maxSize = DataSize.ofMegabytes(64);

        /** Largest response body that is captured and stored; larger ones stream through. */
        private DataSize maxEntrySize = DataSize.ofMegabytes(1);

        /** Statuses whose responses may be stored. */
        private List<Integer> cacheableStatuses = new ArrayList<>(List.of(200));

        /**
         * Allow-list of query parameter names; requests with others bypass the cache. When unset,
         * every parameter is accepted and max-query-variants caps the distinct query strings per path.
         */
        private List<String> queryParameters;

        /** Maximum distinct query strings cached per path when no query-parameters allow-list is set. */
        private int maxQueryVariants = 64;

        /** Whether to send the X-Cache response header (HIT, MISS; reason=..., BYPASS; reason=...). */
        private boolean exposeHeader = true;

        /**
         * Order of the filter registration. The default runs it first, before Spring's
         * observation (metrics, tracing) and security filters, so a hit costs none of their
         * work: safe, since requests with credentials or session cookies bypass the cache and a
         * page only a logged-in user may see is never stored from an anonymous render. Hits are
         * then counted by the toolshed.cache.page.requests meter, not by http.server.requests.
         */
        private int filterOrder = Ordered.HIGHEST_PRECEDENCE;

        /** @return whether the filter is registered */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether the filter is registered */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** @return where pages live */
        public PageStoreType getStore() {
            return store;
        }

        /** @param store where pages live */
        public void setStore(PageStoreType store) {
            this.store = store;
        }

        /** @return the URL patterns */
        public List<String> getPatterns() {
            return patterns;
        }

        /** @param patterns the URL patterns */
        public void setPatterns(List<String> patterns) {
            this.patterns = patterns;
        }

        /** @return the allowed hosts */
        public List<String> getHosts() {
            return hosts;
        }

        /** @param hosts the allowed hosts */
        public void setHosts(List<String> hosts) {
            this.hosts = hosts;
        }

        /** @return the session cookie names */
        public List<String> getSessionCookies() {
            return sessionCookies;
        }

        /** @param sessionCookies the session cookie names */
        public void setSessionCookies(List<String> sessionCookies) {
            this.sessionCookies = sessionCookies;
        }

        /** @return the CSRF attribute names */
        public List<String> getCsrfAttributes() {
            return csrfAttributes;
        }

        /** @param csrfAttributes the CSRF attribute names */
        public void setCsrfAttributes(List<String> csrfAttributes) {
            this.csrfAttributes = csrfAttributes;
        }

        /** @return the default lifetime */
        public Duration getDefaultTtl() {
            return defaultTtl;
        }

        /** @param defaultTtl the default lifetime */
        public void setDefaultTtl(Duration defaultTtl) {
            this.defaultTtl = defaultTtl;
        }

        /** @return the stale-while-revalidate window */
        public Duration getStaleWhileRevalidate() {
            return staleWhileRevalidate;
        }

        /** @param staleWhileRevalidate the stale-while-revalidate window */
        public void setStaleWhileRevalidate(Duration staleWhileRevalidate) {
            this.staleWhileRevalidate = staleWhileRevalidate;
        }

        /** @return the stale-if-error window */
        public Duration getStaleIfError() {
            return staleIfError;
        }

        /** @param staleIfError the stale-if-error window */
        public void setStaleIfError(Duration staleIfError) {
            this.staleIfError = staleIfError;
        }

        /** @return the lock timeout */
        public Duration getLockTimeout() {
            return lockTimeout;
        }

        /** @param lockTimeout the lock timeout */
        public void setLockTimeout(Duration lockTimeout) {
            this.lockTimeout = lockTimeout;
        }

        /** @return the memory bound */
        public DataSize getMaxSize() {
            return maxSize;
        }

        /** @param maxSize the memory bound */
        public void setMaxSize(DataSize maxSize) {
            this.maxSize = maxSize;
        }

        /** @return the largest stored body */
        public DataSize getMaxEntrySize() {
            return maxEntrySize;
        }

        /** @param maxEntrySize the largest stored body */
        public void setMaxEntrySize(DataSize maxEntrySize) {
            this.maxEntrySize = maxEntrySize;
        }

        /** @return the cacheable statuses */
        public List<Integer> getCacheableStatuses() {
            return cacheableStatuses;
        }

        /** @param cacheableStatuses the cacheable statuses */
        public void setCacheableStatuses(List<Integer> cacheableStatuses) {
            this.cacheableStatuses = cacheableStatuses;
        }

        /** @return the query parameter allow-list, or null */
        public List<String> getQueryParameters() {
            return queryParameters;
        }

        /** @param queryParameters the query parameter allow-list */
        public void setQueryParameters(List<String> queryParameters) {
            this.queryParameters = queryParameters;
        }

        /** @return the cap on query variants per path */
        public int getMaxQueryVariants() {
            return maxQueryVariants;
        }

        /** @param maxQueryVariants the cap on query variants per path */
        public void setMaxQueryVariants(int maxQueryVariants) {
            this.maxQueryVariants = maxQueryVariants;
        }

        /** @return whether X-Cache is sent */
        public boolean isExposeHeader() {
            return exposeHeader;
        }

        /** @param exposeHeader whether X-Cache is sent */
        public void setExposeHeader(boolean exposeHeader) {
            this.exposeHeader = exposeHeader;
        }

        /** @return the filter order */
        public int getFilterOrder() {
            return filterOrder;
        }

        /** @param filterOrder the filter order */
        public void setFilterOrder(int filterOrder) {
            this.filterOrder = filterOrder;
        }
    }

    /** Settings of the fragment cache behind the {@code {% cache %}} tag ({@code toolshed.cache.fragment.*}). */
    public static class Fragment {

        /** Whether to create the fragment store. */
        private boolean enabled = true;

        /**
         * Where fragments live: caffeine (in this node), redis (shared, needs toolshed-cache-redis)
         * or none (every {% cache %} block renders every time, like Django's DummyCache: for
         * development and for measuring what the fragment cache saves).
         */
        private FragmentStoreType store = FragmentStoreType.CAFFEINE;

        /** How long concurrent renders of one fragment wait for the first before rendering themselves (Caffeine store). */
        private Duration lockTimeout = Duration.ofSeconds(5);

        /** @return the wait for a concurrent render */
        public Duration getLockTimeout() {
            return lockTimeout;
        }

        /** @param lockTimeout the wait for a concurrent render */
        public void setLockTimeout(Duration lockTimeout) {
            this.lockTimeout = lockTimeout;
        }

        /** @return where fragments live */
        public FragmentStoreType getStore() {
            return store;
        }

        /** @param store where fragments live */
        public void setStore(FragmentStoreType store) {
            this.store = store;
        }

        /** Bound on the memory held by all cached fragments. */
        private DataSize maxSize = DataSize.ofMegabytes(16);

        /** @return whether the fragment store is created */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether the fragment store is created */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** @return the memory bound */
        public DataSize getMaxSize() {
            return maxSize;
        }

        /** @param maxSize the memory bound */
        public void setMaxSize(DataSize maxSize) {
            this.maxSize = maxSize;
        }
    }

    /** Where the page cache keeps its pages. */
    public enum PageStoreType {
        /** In this node's memory (Caffeine), bounded in bytes. */
        CAFFEINE,
        /** In Redis, shared by every node. */
        REDIS,
        /** Caffeine in each node in front of Redis. */
        TWO_LEVEL
    }

    /** Where the fragment cache keeps its fragments. */
    public enum FragmentStoreType {
        /** In this node's memory (Caffeine), bounded in bytes. */
        CAFFEINE,
        /** In Redis, shared by every node. */
        REDIS,
        /** Nowhere: every fragment renders every time. */
        NONE
    }
}

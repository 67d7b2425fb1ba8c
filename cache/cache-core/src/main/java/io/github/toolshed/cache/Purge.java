package io.github.toolshed.cache;

import java.util.Objects;

/**
 * What to remove from a {@link PageStore}: one key, one URL, a path prefix, a path pattern, a
 * tag (surrogate key) or everything.
 *
 * <p>Purges are plain values so that distributed stores can ship them to other nodes; a local
 * store can simply evaluate {@link #test(String, CachedPage)} on each entry.
 */
public sealed interface Purge {

    /**
     * Tells whether a stored entry is covered by this purge.
     *
     * @param key the entry's key
     * @param page the entry
     * @return true when the entry must be removed
     */
    boolean test(String key, CachedPage page);

    /**
     * Removes the entry stored under one key (as shown by {@code X-Cache-Key} or the endpoint).
     *
     * @param key the store key
     */
    record ByKey(String key) implements Purge {

        /** Checks the key is present. */
        public ByKey {
            Objects.requireNonNull(key, "key");
        }

        @Override
        public boolean test(String entryKey, CachedPage page) {
            return key.equals(entryKey);
        }
    }

    /**
     * Removes every variant of one URL. An absolute URL ({@code https://host/path?q}) names one
     * host; a path with an optional query ({@code /path?q}) covers every host. The query is
     * compared in canonical (sorted) form.
     *
     * @param url the canonical URL or path-and-query
     */
    record ByUrl(String url) implements Purge {

        /** Checks the URL is present. */
        public ByUrl {
            Objects.requireNonNull(url, "url");
        }

        @Override
        public boolean test(String key, CachedPage page) {
            if (url.startsWith("/")) {
                int slash = page.url().indexOf('/', page.url().indexOf("://") + 3);
                return slash >= 0 && page.url().substring(slash).equals(url);
            }
            return page.url().equals(url);
        }
    }

    /**
     * Removes every entry whose request path starts with a prefix, e.g. {@code /blog/}.
     *
     * @param prefix the path prefix
     */
    record ByPrefix(String prefix) implements Purge {

        /** Checks the prefix is present. */
        public ByPrefix {
            Objects.requireNonNull(prefix, "prefix");
        }

        @Override
        public boolean test(String key, CachedPage page) {
            return page.path().startsWith(prefix);
        }
    }

    /**
     * Removes every entry whose request path matches a pattern (Ant style or any other
     * {@link UrlMatcher}).
     *
     * @param matcher the pattern
     */
    record ByPattern(UrlMatcher matcher) implements Purge {

        /** Checks the matcher is present. */
        public ByPattern {
            Objects.requireNonNull(matcher, "matcher");
        }

        @Override
        public boolean test(String key, CachedPage page) {
            return matcher.matches(page.path());
        }
    }

    /**
     * Removes every entry tagged with a surrogate key, e.g. {@code post:42}.
     *
     * @param tag the tag
     */
    record ByTag(String tag) implements Purge {

        /** Checks the tag is present. */
        public ByTag {
            Objects.requireNonNull(tag, "tag");
        }

        @Override
        public boolean test(String key, CachedPage page) {
            return page.tags().contains(tag);
        }
    }

    /** Removes everything. */
    record All() implements Purge {

        @Override
        public boolean test(String key, CachedPage page) {
            return true;
        }
    }
}

package io.github.toolshed.cache;

import io.github.toolshed.surlex.Surlex;
import io.github.toolshed.surlex.SurlexException;

/**
 * A {@link UrlMatcher} over a surlex pattern such as {@code /blog/<year:Y>/<slug:s>/}: the whole
 * path must match. Only {@link UrlMatcher#surlex(String)} refers to this class, so the cache works
 * without surlex on the class path until a surlex pattern is used.
 */
final class SurlexPattern implements UrlMatcher {

    private final Surlex surlex;

    private SurlexPattern(Surlex surlex) {
        this.surlex = surlex;
    }

    static SurlexPattern compile(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new CacheException("surlex URL pattern must not be blank");
        }
        if (!pattern.startsWith("/")) {
            throw new CacheException("surlex URL pattern must start with '/': " + pattern);
        }
        try {
            return new SurlexPattern(Surlex.compile(pattern));
        } catch (SurlexException e) {
            throw new CacheException("invalid surlex URL pattern " + pattern + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean matches(String path) {
        return path != null && !path.isEmpty() && path.charAt(0) == '/' && surlex.matches(path);
    }

    @Override
    public String pattern() {
        return UrlMatcher.SURLEX_PREFIX + surlex.pattern();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SurlexPattern that && surlex.equals(that.surlex);
    }

    @Override
    public int hashCode() {
        return surlex.hashCode();
    }

    @Override
    public String toString() {
        return pattern();
    }
}

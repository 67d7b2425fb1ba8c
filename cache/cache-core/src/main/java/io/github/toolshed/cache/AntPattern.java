package io.github.toolshed.cache;

import java.util.Arrays;

/**
 * An Ant-style path pattern compiled into segments; matching walks the path by index and
 * allocates nothing.
 */
final class AntPattern implements UrlMatcher {

    private static final String DEEP = "**";

    private final String source;
    private final String[] segments;

    private AntPattern(String source, String[] segments) {
        this.source = source;
        this.segments = segments;
    }

    static AntPattern compile(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new CacheException("URL pattern must not be blank");
        }
        if (!pattern.startsWith("/")) {
            throw new CacheException("URL pattern must start with '/': " + pattern);
        }
        String[] segments = pattern.substring(1).split("/", -1);
        for (String segment : segments) {
            if (segment.contains(DEEP) && !segment.equals(DEEP)) {
                throw new CacheException("'**' must be a whole path segment in URL pattern: " + pattern);
            }
        }
        return new AntPattern(pattern, segments);
    }

    @Override
    public boolean matches(String path) {
        if (path == null || path.isEmpty() || path.charAt(0) != '/') {
            return false;
        }
        return matchFrom(0, path, 1);
    }

    /** Matches pattern segments from {@code si} against the path segments starting at {@code start}. */
    private boolean matchFrom(int si, String path, int start) {
        if (si == segments.length) {
            return start > path.length();
        }
        if (start > path.length()) {
            // The path is used up: only trailing '**' segments can still match (zero segments).
            for (int i = si; i < segments.length; i++) {
                if (!segments[i].equals(DEEP)) {
                    return false;
                }
            }
            return true;
        }
        int end = path.indexOf('/', start);
        if (end < 0) {
            end = path.length();
        }
        String segment = segments[si];
        if (segment.equals(DEEP)) {
            // Zero segments, or swallow this path segment and try again.
            return matchFrom(si + 1, path, start) || matchFrom(si, path, end + 1);
        }
        return matchSegment(segment, path, start, end) && matchFrom(si + 1, path, end + 1);
    }

    /** Wildcard match of one segment ('*' and '?') against path[start, end), with backtracking. */
    private static boolean matchSegment(String pattern, String path, int start, int end) {
        int p = 0;
        int s = start;
        int starP = -1;
        int starS = -1;
        while (s < end) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == path.charAt(s))) {
                p++;
                s++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                starP = p++;
                starS = s;
            } else if (starP >= 0) {
                p = starP + 1;
                s = ++starS;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    @Override
    public String pattern() {
        return source;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AntPattern that && Arrays.equals(segments, that.segments);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(segments);
    }

    @Override
    public String toString() {
        return "ant:" + source;
    }
}

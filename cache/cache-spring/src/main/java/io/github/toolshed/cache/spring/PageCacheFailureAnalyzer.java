package io.github.toolshed.cache.spring;

import io.github.toolshed.cache.CacheException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a {@link CacheException} at startup (a malformed pattern, host or lifetime in
 * {@code toolshed.cache.*}) into a readable report with the fix.
 */
class PageCacheFailureAnalyzer extends AbstractFailureAnalyzer<CacheException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CacheException cause) {
        return new FailureAnalysis(
                "The Toolshed cache could not be configured: " + cause.getMessage(),
                "Correct the toolshed.cache.* properties (see docs/caching.md): patterns are Ant-style and start with"
                        + " '/', hosts are host names with an optional port, durations are positive.",
                cause);
    }
}

package io.github.toolshed.cache;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The filter's view of a {@link PageStore}: a failing store (a backend down) is treated as empty
 * and writes to it are dropped, so a cache outage never fails a request. The first failure is
 * logged as a warning, later ones at debug level.
 */
final class GuardedStore {

    private static final System.Logger LOG = System.getLogger(PageCache.class.getName());

    private final PageStore store;
    private final AtomicBoolean warned = new AtomicBoolean();

    GuardedStore(PageStore store) {
        this.store = store;
    }

    CachedPage get(String key) {
        try {
            return store.get(key);
        } catch (RuntimeException e) {
            failed("read", e);
            return null;
        }
    }

    List<String> varyHeaders(String urlKey) {
        try {
            List<String> names = store.varyHeaders(urlKey);
            return names == null ? List.of() : names;
        } catch (RuntimeException e) {
            failed("read", e);
            return List.of();
        }
    }

    void put(String urlKey, List<String> vary, String key, CachedPage page, Instant retainUntil) {
        try {
            store.putVaryHeaders(urlKey, vary, retainUntil);
            store.put(key, page);
        } catch (RuntimeException e) {
            failed("write", e);
        }
    }

    private void failed(String operation, RuntimeException e) {
        if (warned.compareAndSet(false, true)) {
            LOG.log(Level.WARNING, "page store " + operation + " failed; serving without the cache until it recovers", e);
        } else {
            LOG.log(Level.DEBUG, "page store " + operation + " failed", e);
        }
    }
}

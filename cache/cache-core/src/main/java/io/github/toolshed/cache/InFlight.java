package io.github.toolshed.cache;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stampede protection: at most one render per key at a time. The first request to miss becomes
 * the leader and renders; the others wait (bounded) for it and then look in the store again.
 */
final class InFlight {

    private final ConcurrentHashMap<String, CountDownLatch> renders = new ConcurrentHashMap<>();
    private final AtomicInteger waiting = new AtomicInteger();

    /** Claims the render of a key; true for the leader, who must call {@link #finish}. */
    boolean tryLead(String key) {
        if (renders.containsKey(key)) {
            return false;
        }
        return renders.putIfAbsent(key, new CountDownLatch(1)) == null;
    }

    /** Releases the followers of a key. */
    void finish(String key) {
        CountDownLatch latch = renders.remove(key);
        if (latch != null) {
            latch.countDown();
        }
    }

    /** Waits for the leader of a key; false when the wait timed out or was interrupted. */
    boolean await(String key, Duration timeout) {
        CountDownLatch latch = renders.get(key);
        if (latch == null) {
            return true;
        }
        waiting.incrementAndGet();
        try {
            return latch.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            waiting.decrementAndGet();
        }
    }

    /** How many requests are waiting for a leader right now. */
    int waiting() {
        return waiting.get();
    }
}

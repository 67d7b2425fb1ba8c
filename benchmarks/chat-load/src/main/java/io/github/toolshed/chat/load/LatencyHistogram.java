package io.github.toolshed.chat.load;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A lock-free latency histogram with buckets 2% wide from 1 µs to about 10 minutes: percentiles are
 * accurate to 2%, the maximum is exact.
 */
final class LatencyHistogram {

    private static final double GROWTH = Math.log(1.02);
    private static final int BUCKETS = 1400;

    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);
    private final AtomicLong max = new AtomicLong();
    private final AtomicLong total = new AtomicLong();

    void record(long nanos) {
        long micros = Math.max(1, nanos / 1000);
        counts.incrementAndGet(bucket(micros));
        total.incrementAndGet();
        max.accumulateAndGet(nanos, Math::max);
    }

    static int bucket(long micros) {
        return (int) Math.min(BUCKETS - 1, Math.floor(Math.log(micros) / GROWTH));
    }

    /** The upper bound of a bucket in microseconds. */
    static double upper(int bucket) {
        return Math.exp((bucket + 1) * GROWTH);
    }

    long count() {
        return total.get();
    }

    /** The latency at a percentile (0-100) in milliseconds, 0 when empty. */
    double percentileMillis(double percentile) {
        long count = total.get();
        if (count == 0) {
            return 0;
        }
        long rank = (long) Math.ceil(count * percentile / 100.0);
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts.get(i);
            if (seen >= rank) {
                return Math.min(upper(i), max.get() / 1000.0) / 1000.0;
            }
        }
        return max.get() / 1e6;
    }

    double maxMillis() {
        return max.get() / 1e6;
    }
}

package io.github.toolshed.chat.internal;

/**
 * A token bucket: {@code burst} tokens, refilled at {@code perSecond}; one frame costs one token.
 * Used by one session's receive loop only, so it is not thread-safe.
 */
final class TokenBucket {

    private final double burst;
    private final double perNano;
    private double tokens;
    private long last;

    TokenBucket(int burst, double perSecond, long nowNanos) {
        this.burst = burst;
        this.perNano = perSecond / 1e9;
        this.tokens = burst;
        this.last = nowNanos;
    }

    /** Takes a token if one is available. */
    boolean tryTake(long nowNanos) {
        tokens = Math.min(burst, tokens + (nowNanos - last) * perNano);
        last = nowNanos;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}

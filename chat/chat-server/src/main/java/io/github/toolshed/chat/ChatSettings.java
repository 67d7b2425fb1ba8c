package io.github.toolshed.chat;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits and defaults of a chat server; build one with {@link #builder()}.
 *
 * @param historyOnJoin messages sent to a client that joins without resuming
 * @param maxFrameBytes largest inbound text frame in UTF-8 bytes (larger closes with 1009)
 * @param maxTextLength longest message text in characters
 * @param maxNickLength longest nick in characters
 * @param maxRoomsPerSession rooms one session may be in at once
 * @param maxConnections connections this node accepts at once
 * @param maxConnectionsPerAddress connections one remote address may hold at once
 * @param rateBurst frames a session may send in a burst
 * @param ratePerSecond frames per second a session earns back
 * @param abuseLimit rejected frames within {@code abuseWindow} that close the session with 1008
 * @param abuseWindow the window in which rejected frames are counted
 * @param heartbeatInterval idle time after which the server pings a connection
 * @param heartbeatTimeout silence after which a connection is considered dead and closed
 * @param outboxMaxBytes bytes that may wait in one session's outbound queue
 * @param sendTimeLimit longest time one frame may take to write before the client counts as slow
 * @param presenceInterval how long a room must be quiet before presence changes are sent to the other
 *     members (at the latest after one interval per 50 members)
 * @param writeCoalescing how long a writer that was idle waits after its first frame so that frames
 *     arriving meanwhile leave in the same write; zero writes at once
 */
public record ChatSettings(
        int historyOnJoin,
        int maxFrameBytes,
        int maxTextLength,
        int maxNickLength,
        int maxRoomsPerSession,
        int maxConnections,
        int maxConnectionsPerAddress,
        int rateBurst,
        double ratePerSecond,
        int abuseLimit,
        Duration abuseWindow,
        Duration heartbeatInterval,
        Duration heartbeatTimeout,
        long outboxMaxBytes,
        Duration sendTimeLimit,
        Duration presenceInterval,
        Duration writeCoalescing) {

    /** Validates every setting; the message names the setting and the bad value. */
    public ChatSettings {
        positive("historyOnJoin", historyOnJoin, true);
        positive("maxFrameBytes", maxFrameBytes, false);
        positive("maxTextLength", maxTextLength, false);
        positive("maxNickLength", maxNickLength, false);
        positive("maxRoomsPerSession", maxRoomsPerSession, false);
        positive("maxConnections", maxConnections, false);
        positive("maxConnectionsPerAddress", maxConnectionsPerAddress, false);
        positive("rateBurst", rateBurst, false);
        if (!(ratePerSecond > 0)) {
            throw new IllegalArgumentException("ratePerSecond must be positive but was " + ratePerSecond);
        }
        positive("abuseLimit", abuseLimit, false);
        positive("abuseWindow", abuseWindow);
        positive("heartbeatInterval", heartbeatInterval);
        positive("heartbeatTimeout", heartbeatTimeout);
        if (heartbeatTimeout.compareTo(heartbeatInterval) <= 0) {
            throw new IllegalArgumentException("heartbeatTimeout (" + heartbeatTimeout
                    + ") must be longer than heartbeatInterval (" + heartbeatInterval + ")");
        }
        if (outboxMaxBytes < maxFrameBytes) {
            throw new IllegalArgumentException("outboxMaxBytes must be at least maxFrameBytes (" + maxFrameBytes
                    + ") but was " + outboxMaxBytes);
        }
        positive("sendTimeLimit", sendTimeLimit);
        positive("presenceInterval", presenceInterval);
        if (writeCoalescing == null || writeCoalescing.isNegative() || writeCoalescing.compareTo(sendTimeLimit) >= 0) {
            throw new IllegalArgumentException("writeCoalescing must be zero or positive and shorter than sendTimeLimit ("
                    + sendTimeLimit + ") but was " + writeCoalescing);
        }
    }

    /**
     * Returns a builder preset with the documented defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the documented defaults.
     *
     * @return the default settings
     */
    public static ChatSettings defaults() {
        return builder().build();
    }

    private static void positive(String name, int value, boolean zeroAllowed) {
        if (value < 0 || (value == 0 && !zeroAllowed)) {
            throw new IllegalArgumentException(name + " must be " + (zeroAllowed ? "zero or more" : "positive")
                    + " but was " + value);
        }
    }

    private static void positive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive but was " + value);
        }
    }

    /** A mutable builder of {@link ChatSettings}; {@link #build()} validates. */
    public static final class Builder {
        private int historyOnJoin = 15;
        private int maxFrameBytes = 4096;
        private int maxTextLength = 2000;
        private int maxNickLength = 32;
        private int maxRoomsPerSession = 20;
        private int maxConnections = 10_000;
        private int maxConnectionsPerAddress = 50;
        private int rateBurst = 20;
        private double ratePerSecond = 10;
        private int abuseLimit = 20;
        private Duration abuseWindow = Duration.ofSeconds(10);
        private Duration heartbeatInterval = Duration.ofSeconds(25);
        private Duration heartbeatTimeout = Duration.ofSeconds(60);
        private long outboxMaxBytes = 1024 * 1024;
        private Duration sendTimeLimit = Duration.ofSeconds(10);
        private Duration presenceInterval = Duration.ofMillis(250);
        private Duration writeCoalescing = Duration.ofMillis(5);

        private Builder() {}

        /** @param value messages sent on join (default 15) @return this builder */
        public Builder historyOnJoin(int value) { historyOnJoin = value; return this; }

        /** @param value largest inbound frame in bytes (default 4096) @return this builder */
        public Builder maxFrameBytes(int value) { maxFrameBytes = value; return this; }

        /** @param value longest message text (default 2000) @return this builder */
        public Builder maxTextLength(int value) { maxTextLength = value; return this; }

        /** @param value longest nick (default 32) @return this builder */
        public Builder maxNickLength(int value) { maxNickLength = value; return this; }

        /** @param value rooms per session (default 20) @return this builder */
        public Builder maxRoomsPerSession(int value) { maxRoomsPerSession = value; return this; }

        /** @param value connections per node (default 10,000) @return this builder */
        public Builder maxConnections(int value) { maxConnections = value; return this; }

        /** @param value connections per remote address (default 50) @return this builder */
        public Builder maxConnectionsPerAddress(int value) { maxConnectionsPerAddress = value; return this; }

        /** @param value token bucket size (default 20) @return this builder */
        public Builder rateBurst(int value) { rateBurst = value; return this; }

        /** @param value token refill per second (default 10) @return this builder */
        public Builder ratePerSecond(double value) { ratePerSecond = value; return this; }

        /** @param value rejected frames per window that close the session (default 20) @return this builder */
        public Builder abuseLimit(int value) { abuseLimit = value; return this; }

        /** @param value window for counting rejected frames (default 10 s) @return this builder */
        public Builder abuseWindow(Duration value) { abuseWindow = value; return this; }

        /** @param value idle time before a ping (default 25 s) @return this builder */
        public Builder heartbeatInterval(Duration value) { heartbeatInterval = value; return this; }

        /** @param value silence before closing (default 60 s) @return this builder */
        public Builder heartbeatTimeout(Duration value) { heartbeatTimeout = value; return this; }

        /** @param value outbound queue bound in bytes (default 1 MiB) @return this builder */
        public Builder outboxMaxBytes(long value) { outboxMaxBytes = value; return this; }

        /** @param value longest write of one frame (default 10 s) @return this builder */
        public Builder sendTimeLimit(Duration value) { sendTimeLimit = value; return this; }

        /** @param value presence debounce period (default 250 ms) @return this builder */
        public Builder presenceInterval(Duration value) { presenceInterval = value; return this; }

        /** @param value wait of an idle writer for more frames (default 5 ms, zero for none) @return this builder */
        public Builder writeCoalescing(Duration value) { writeCoalescing = value; return this; }

        /**
         * Validates and builds the settings.
         *
         * @return the settings
         * @throws IllegalArgumentException naming the first bad setting
         */
        public ChatSettings build() {
            return new ChatSettings(historyOnJoin, maxFrameBytes, maxTextLength, maxNickLength, maxRoomsPerSession,
                    maxConnections, maxConnectionsPerAddress, rateBurst, ratePerSecond, abuseLimit, abuseWindow,
                    heartbeatInterval, heartbeatTimeout, outboxMaxBytes, sendTimeLimit, presenceInterval,
                    writeCoalescing);
        }
    }
}

package io.github.toolshed.chat.spring;

import io.github.toolshed.chat.ChatSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** Settings of the chat server under {@code toolshed.chat.*}. */
@ConfigurationProperties(prefix = "toolshed.chat")
public class ChatProperties {

    /** Whether to run the chat server at all. */
    private boolean enabled = true;

    /** Path of the WebSocket endpoint. */
    private String endpoint = "/chat/ws";

    /** Whether to serve the browser client at /chat/. */
    private boolean clientEnabled = true;

    /**
     * Origins (scheme://host[:port]) allowed to open the WebSocket from a browser; patterns like
     * https://*.example.com are accepted. Empty means same origin only.
     */
    private List<String> allowedOrigins = new ArrayList<>();

    /** Messages sent to a client that joins without resuming. */
    private int historyOnJoin = 15;

    /** Messages retained per room for resuming clients. */
    private int retainedHistory = 1000;

    /** Rooms the in-memory broker holds at once; idle empty rooms are evicted first. */
    private int maxRooms = 10_000;

    /** Largest inbound frame; larger frames close the connection with 1009. */
    private DataSize maxFrameSize = DataSize.ofKilobytes(4);

    /** Longest message text in characters. */
    private int maxTextLength = 2000;

    /** Longest nick in characters. */
    private int maxNickLength = 32;

    /** Rooms one session may be in at once. */
    private int maxRoomsPerSession = 20;

    /** Connections this node accepts at once; more are closed with 1013. */
    private int maxConnections = 10_000;

    /** Connections one remote address may hold at once; more are closed with 1013. */
    private int maxConnectionsPerAddress = 50;

    /** Frames a session may send in a burst (token bucket size). */
    private int rateBurst = 20;

    /** Frames per second a session earns back (token bucket refill). */
    private double ratePerSecond = 10;

    /** Rate-limited frames within the abuse window that close the session with 1008. */
    private int abuseLimit = 20;

    /** Window in which rate-limited frames are counted. */
    private Duration abuseWindow = Duration.ofSeconds(10);

    /** Idle time after which the server pings a connection. */
    private Duration heartbeatInterval = Duration.ofSeconds(25);

    /** Silence after which a connection is closed with 4000. */
    private Duration heartbeatTimeout = Duration.ofSeconds(60);

    /** Outbound queue bound per session; a client that lets it overflow is closed with 4001. */
    private DataSize outboxMaxSize = DataSize.ofMegabytes(1);

    /** Longest write of one frame before the client is closed with 4001 as a slow consumer. */
    private Duration sendTimeLimit = Duration.ofSeconds(10);

    /**
     * How long a room must be quiet before presence changes are sent to its other members; while members
     * keep joining, the list goes out at the latest after one interval per 50 members.
     */
    private Duration presenceInterval = Duration.ofMillis(250);

    /**
     * How long a connection's writer that was idle waits after its first frame, so that frames arriving
     * meanwhile leave in the same WebSocket message and socket write; zero writes at once.
     */
    private Duration writeCoalescing = Duration.ofMillis(5);

    /**
     * Converts these properties to the core settings.
     *
     * @return the validated settings
     */
    public ChatSettings toSettings() {
        return ChatSettings.builder()
                .historyOnJoin(historyOnJoin)
                .maxFrameBytes(Math.toIntExact(maxFrameSize.toBytes()))
                .maxTextLength(maxTextLength)
                .maxNickLength(maxNickLength)
                .maxRoomsPerSession(maxRoomsPerSession)
                .maxConnections(maxConnections)
                .maxConnectionsPerAddress(maxConnectionsPerAddress)
                .rateBurst(rateBurst)
                .ratePerSecond(ratePerSecond)
                .abuseLimit(abuseLimit)
                .abuseWindow(abuseWindow)
                .heartbeatInterval(heartbeatInterval)
                .heartbeatTimeout(heartbeatTimeout)
                .outboxMaxBytes(outboxMaxSize.toBytes())
                .sendTimeLimit(sendTimeLimit)
                .presenceInterval(presenceInterval)
                .writeCoalescing(writeCoalescing)
                .build();
    }

    /**
     * Returns the enabled setting.
     *
     * @return the value
     */
    public boolean isEnabled() {
        return enabled;
    }

    /**
     * Sets the enabled setting.
     *
     * @param enabled the value
     */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * Returns the endpoint setting.
     *
     * @return the value
     */
    public String getEndpoint() {
        return endpoint;
    }

    /**
     * Sets the endpoint setting.
     *
     * @param endpoint the value
     */
    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    /**
     * Returns the client enabled setting.
     *
     * @return the value
     */
    public boolean isClientEnabled() {
        return clientEnabled;
    }

    /**
     * Sets the client enabled setting.
     *
     * @param clientEnabled the value
     */
    public void setClientEnabled(boolean clientEnabled) {
        this.clientEnabled = clientEnabled;
    }

    /**
     * Returns the allowed origins setting.
     *
     * @return the value
     */
    public List<String> getAllowedOrigins() {
        return allowedOrigins;
    }

    /**
     * Sets the allowed origins setting.
     *
     * @param allowedOrigins the value
     */
    public void setAllowedOrigins(List<String> allowedOrigins) {
        this.allowedOrigins = allowedOrigins;
    }

    /**
     * Returns the history on join setting.
     *
     * @return the value
     */
    public int getHistoryOnJoin() {
        return historyOnJoin;
    }

    /**
     * Sets the history on join setting.
     *
     * @param historyOnJoin the value
     */
    public void setHistoryOnJoin(int historyOnJoin) {
        this.historyOnJoin = historyOnJoin;
    }

    /**
     * Returns the retained history setting.
     *
     * @return the value
     */
    public int getRetainedHistory() {
        return retainedHistory;
    }

    /**
     * Sets the retained history setting.
     *
     * @param retainedHistory the value
     */
    public void setRetainedHistory(int retainedHistory) {
        this.retainedHistory = retainedHistory;
    }

    /**
     * Returns the max rooms setting.
     *
     * @return the value
     */
    public int getMaxRooms() {
        return maxRooms;
    }

    /**
     * Sets the max rooms setting.
     *
     * @param maxRooms the value
     */
    public void setMaxRooms(int maxRooms) {
        this.maxRooms = maxRooms;
    }

    /**
     * Returns the max frame size setting.
     *
     * @return the value
     */
    public DataSize getMaxFrameSize() {
        return maxFrameSize;
    }

    /**
     * Sets the max frame size setting.
     *
     * @param maxFrameSize the value
     */
    public void setMaxFrameSize(DataSize maxFrameSize) {
        this.maxFrameSize = maxFrameSize;
    }

    /**
     * Returns the max text length setting.
     *
     * @return the value
     */
    public int getMaxTextLength() {
        return maxTextLength;
    }

    /**
     * Sets the max text length setting.
     *
     * @param maxTextLength the value
     */
    public void setMaxTextLength(int maxTextLength) {
        this.maxTextLength = maxTextLength;
    }

    /**
     * Returns the max nick length setting.
     *
     * @return the value
     */
    public int getMaxNickLength() {
        return maxNickLength;
    }

    /**
     * Sets the max nick length setting.
     *
     * @param maxNickLength the value
     */
    public void setMaxNickLength(int maxNickLength) {
        this.maxNickLength = maxNickLength;
    }

    /**
     * Returns the max rooms per session setting.
     *
     * @return the value
     */
    public int getMaxRoomsPerSession() {
        return maxRoomsPerSession;
    }

    /**
     * Sets the max rooms per session setting.
     *
     * @param maxRoomsPerSession the value
     */
    public void setMaxRoomsPerSession(int maxRoomsPerSession) {
        this.maxRoomsPerSession = maxRoomsPerSession;
    }

    /**
     * Returns the max connections setting.
     *
     * @return the value
     */
    public int getMaxConnections() {
        return maxConnections;
    }

    /**
     * Sets the max connections setting.
     *
     * @param maxConnections the value
     */
    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    /**
     * Returns the max connections per address setting.
     *
     * @return the value
     */
    public int getMaxConnectionsPerAddress() {
        return maxConnectionsPerAddress;
    }

    /**
     * Sets the max connections per address setting.
     *
     * @param maxConnectionsPerAddress the value
     */
    public void setMaxConnectionsPerAddress(int maxConnectionsPerAddress) {
        this.maxConnectionsPerAddress = maxConnectionsPerAddress;
    }

    /**
     * Returns the rate burst setting.
     *
     * @return the value
     */
    public int getRateBurst() {
        return rateBurst;
    }

    /**
     * Sets the rate burst setting.
     *
     * @param rateBurst the value
     */
    public void setRateBurst(int rateBurst) {
        this.rateBurst = rateBurst;
    }

    /**
     * Returns the rate per second setting.
     *
     * @return the value
     */
    public double getRatePerSecond() {
        return ratePerSecond;
    }

    /**
     * Sets the rate per second setting.
     *
     * @param ratePerSecond the value
     */
    public void setRatePerSecond(double ratePerSecond) {
        this.ratePerSecond = ratePerSecond;
    }

    /**
     * Returns the abuse limit setting.
     *
     * @return the value
     */
    public int getAbuseLimit() {
        return abuseLimit;
    }

    /**
     * Sets the abuse limit setting.
     *
     * @param abuseLimit the value
     */
    public void setAbuseLimit(int abuseLimit) {
        this.abuseLimit = abuseLimit;
    }

    /**
     * Returns the abuse window setting.
     *
     * @return the value
     */
    public Duration getAbuseWindow() {
        return abuseWindow;
    }

    /**
     * Sets the abuse window setting.
     *
     * @param abuseWindow the value
     */
    public void setAbuseWindow(Duration abuseWindow) {
        this.abuseWindow = abuseWindow;
    }

    /**
     * Returns the heartbeat interval setting.
     *
     * @return the value
     */
    public Duration getHeartbeatInterval() {
        return heartbeatInterval;
    }

    /**
     * Sets the heartbeat interval setting.
     *
     * @param heartbeatInterval the value
     */
    public void setHeartbeatInterval(Duration heartbeatInterval) {
        this.heartbeatInterval = heartbeatInterval;
    }

    /**
     * Returns the heartbeat timeout setting.
     *
     * @return the value
     */
    public Duration getHeartbeatTimeout() {
        return heartbeatTimeout;
    }

    /**
     * Sets the heartbeat timeout setting.
     *
     * @param heartbeatTimeout the value
     */
    public void setHeartbeatTimeout(Duration heartbeatTimeout) {
        this.heartbeatTimeout = heartbeatTimeout;
    }

    /**
     * Returns the outbox max size setting.
     *
     * @return the value
     */
    public DataSize getOutboxMaxSize() {
        return outboxMaxSize;
    }

    /**
     * Sets the outbox max size setting.
     *
     * @param outboxMaxSize the value
     */
    public void setOutboxMaxSize(DataSize outboxMaxSize) {
        this.outboxMaxSize = outboxMaxSize;
    }

    /**
     * Returns the send time limit setting.
     *
     * @return the value
     */
    public Duration getSendTimeLimit() {
        return sendTimeLimit;
    }

    /**
     * Sets the send time limit setting.
     *
     * @param sendTimeLimit the value
     */
    public void setSendTimeLimit(Duration sendTimeLimit) {
        this.sendTimeLimit = sendTimeLimit;
    }

    /**
     * Returns the presence interval setting.
     *
     * @return the value
     */
    public Duration getPresenceInterval() {
        return presenceInterval;
    }

    /**
     * Sets the presence interval setting.
     *
     * @param presenceInterval the value
     */
    public void setPresenceInterval(Duration presenceInterval) {
        this.presenceInterval = presenceInterval;
    }

    /**
     * Returns the write coalescing setting.
     *
     * @return the value
     */
    public Duration getWriteCoalescing() {
        return writeCoalescing;
    }

    /**
     * Sets the write coalescing setting.
     *
     * @param writeCoalescing the value
     */
    public void setWriteCoalescing(Duration writeCoalescing) {
        this.writeCoalescing = writeCoalescing;
    }
}

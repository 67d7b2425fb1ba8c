package io.github.toolshed.chat;

/** The WebSocket close codes the chat server uses, as documented in docs/chat-protocol.md. */
public final class CloseCodes {

    /** The client left, or the server closed an ordinary session. */
    public static final int NORMAL = 1000;
    /** The server is shutting down. */
    public static final int GOING_AWAY = 1001;
    /** The session broke a policy: repeated rate-limit abuse or a flood of unread frames. */
    public static final int POLICY_VIOLATION = 1008;
    /** A frame was larger than the configured limit. */
    public static final int MESSAGE_TOO_BIG = 1009;
    /** The server failed unexpectedly. */
    public static final int INTERNAL_ERROR = 1011;
    /** A room's history was lost (its broker's store restarted empty): reconnect and resume. */
    public static final int SERVICE_RESTART = 1012;
    /** The node or the client's address holds as many connections as allowed; retry later. */
    public static final int TRY_AGAIN_LATER = 1013;
    /** Nothing came from the client (not even a pong) within the heartbeat timeout. */
    public static final int HEARTBEAT_TIMEOUT = 4000;
    /** The client did not read fast enough: its outbound queue overflowed or a send stalled. */
    public static final int SLOW_CONSUMER = 4001;

    private CloseCodes() {}
}

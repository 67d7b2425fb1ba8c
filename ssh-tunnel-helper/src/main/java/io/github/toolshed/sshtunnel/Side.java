package io.github.toolshed.sshtunnel;

/** Which machine a generated snippet belongs to. */
public enum Side {
    /** The laptop: the dedicated tunnel alias that opens the reverse forward. */
    LOCAL,
    /** The server: the alias that reaches the laptop back through the tunnel. */
    REMOTE
}

package io.github.toolshed.sshtunnel;

/**
 * The helper the server runs (through {@code ProxyCommand}) to reach the laptop through a Unix socket.
 */
public enum ProxyTool {
    /** {@code nc -U PATH}, from Debian's {@code netcat-openbsd} ({@code netcat-traditional} has no {@code -U}). */
    NC("netcat-openbsd"),
    /** {@code socat - UNIX-CONNECT:PATH}, from the {@code socat} package. */
    SOCAT("socat");

    private final String debianPackage;

    ProxyTool(String debianPackage) {
        this.debianPackage = debianPackage;
    }

    /** @return the Debian package that provides the tool */
    public String debianPackage() {
        return debianPackage;
    }

    /**
     * Returns the fixed {@code ProxyCommand} for a socket path. The path has passed the socket
     * allow-list, so it is safe for {@code /bin/sh} and has no {@code %} to expand.
     *
     * @param socket the validated socket
     * @return the command
     */
    String command(Forward.Socket socket) {
        return switch (this) {
            case NC -> "nc -U " + socket.path();
            case SOCAT -> "socat - UNIX-CONNECT:" + socket.path();
        };
    }
}

package io.github.toolshed.sshtunnel;

/**
 * Where the server end of a reverse tunnel listens: a loopback TCP port or a Unix socket.
 *
 * <p>The socket variant is safer: sshd creates the socket with mode 0600, so only the server
 * user can reach the laptop through it, while a TCP port on 127.0.0.1 is open to every local user
 * of the server.
 */
public sealed interface Forward {

    /**
     * A TCP port, always bound explicitly to {@code 127.0.0.1} on the server.
     *
     * @param port the listen port on the server, 1-65535
     */
    record Tcp(int port) implements Forward {

        /**
         * Validates the port.
         *
         * @param port the listen port
         */
        public Tcp {
            Validators.port("port", port);
        }

        @Override
        public String listenSpec() {
            return "127.0.0.1:" + port;
        }
    }

    /**
     * A Unix socket at an absolute path on the server.
     *
     * @param path absolute, at most 100 bytes, only {@code A-Z a-z 0-9 . _ / -}
     */
    record Socket(String path) implements Forward {

        /**
         * Validates the path.
         *
         * @param path the socket path on the server
         */
        public Socket {
            Validators.socketPath("socket", path);
        }

        @Override
        public String listenSpec() {
            return path;
        }
    }

    /** @return the listen side as written after {@code RemoteForward} */
    String listenSpec();
}

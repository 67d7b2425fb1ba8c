package io.github.toolshed.sshtunnel;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * What a reverse tunnel connects: the laptop ("local") opens an ssh connection to the server
 * ("remote") that forwards a server-side port or socket back to the laptop's sshd, so that on the
 * server {@code scp file local:} works.
 *
 * <p>Every value is checked when it is set on the {@link Builder}, with a message that names the
 * field; a built tunnel only holds values that are safe to write into ssh_config. Instances are
 * immutable.
 */
public final class ReverseTunnel {

    /** The alias the laptop side uses when none is given, as in the original tip. */
    public static final String DEFAULT_LOCAL_ALIAS = "local";

    private final String remoteHost;
    private final String remoteUser;
    private final int remotePort;
    private final String remoteAlias;
    private final String localAlias;
    private final String localUser;
    private final int localSshPort;
    private final Forward forward;
    private final ProxyTool proxyTool;
    private final int serverAliveInterval;
    private final int serverAliveCountMax;

    private ReverseTunnel(Builder b) {
        this.remoteHost = Objects.requireNonNull(b.remoteHost, "remote-host: is required");
        this.remoteUser = b.remoteUser;
        this.remotePort = b.remotePort;
        this.remoteAlias = b.remoteAlias != null ? b.remoteAlias : defaultRemoteAlias(remoteHost);
        this.localAlias = b.localAlias != null ? b.localAlias : DEFAULT_LOCAL_ALIAS;
        this.localUser = b.localUser;
        this.localSshPort = b.localSshPort;
        this.forward = b.forward != null ? b.forward : new Forward.Tcp(defaultPort(localAlias));
        this.proxyTool = b.proxyTool;
        this.serverAliveInterval = b.serverAliveInterval;
        this.serverAliveCountMax = b.serverAliveCountMax;
        if (!Validators.isAlias(tunnelAlias())) {
            throw SshTunnelException.invalid("remote-alias", Validators.quote(remoteAlias)
                    + " is too long: the tunnel alias \"" + remoteAlias + "-tunnel\" must stay within 63 characters");
        }
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the port used when neither a port nor a socket is given: derived from the laptop's
     * alias (so each laptop gets its own, stable port) and between 10000 and 29999, below Linux's
     * ephemeral range where outgoing connections could take it.
     *
     * @param localAlias the laptop's alias
     * @return the port
     */
    public static int defaultPort(String localAlias) {
        CRC32 crc = new CRC32();
        crc.update(localAlias.getBytes(StandardCharsets.UTF_8));
        return 10_000 + (int) (crc.getValue() % 20_000);
    }

    private static String defaultRemoteAlias(String host) {
        boolean ip = host.indexOf(':') >= 0 || host.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'));
        if (ip) {
            return "remote";
        }
        int dot = host.indexOf('.');
        return dot > 0 ? host.substring(0, dot) : host;
    }

    /** @return the server's host name or IP address */
    public String remoteHost() {
        return remoteHost;
    }

    /** @return the user on the server, if set */
    public Optional<String> remoteUser() {
        return Optional.ofNullable(remoteUser);
    }

    /** @return the server's sshd port, if not the default */
    public Optional<Integer> remotePort() {
        return remotePort == 0 ? Optional.empty() : Optional.of(remotePort);
    }

    /** @return the laptop's name for the server (the user's normal login alias, left untouched) */
    public String remoteAlias() {
        return remoteAlias;
    }

    /** @return the dedicated alias that carries the forward: {@code <remote alias>-tunnel} */
    public String tunnelAlias() {
        return remoteAlias + "-tunnel";
    }

    /** @return the server's name for the laptop */
    public String localAlias() {
        return localAlias;
    }

    /** @return the user on the laptop, if set */
    public Optional<String> localUser() {
        return Optional.ofNullable(localUser);
    }

    /** @return the port of the laptop's sshd that the tunnel leads to */
    public int localSshPort() {
        return localSshPort;
    }

    /** @return where the server end of the tunnel listens */
    public Forward forward() {
        return forward;
    }

    /** @return the tool the server uses to reach a socket forward */
    public ProxyTool proxyTool() {
        return proxyTool;
    }

    /** @return seconds between keep-alive probes of the tunnel connection */
    public int serverAliveInterval() {
        return serverAliveInterval;
    }

    /** @return unanswered keep-alive probes before the tunnel gives up */
    public int serverAliveCountMax() {
        return serverAliveCountMax;
    }

    /** Collects and checks the values of a {@link ReverseTunnel}; each setter validates at once. */
    public static final class Builder {
        private String remoteHost;
        private String remoteUser;
        private int remotePort;
        private String remoteAlias;
        private String localAlias;
        private String localUser;
        private int localSshPort = 22;
        private Forward forward;
        private ProxyTool proxyTool = ProxyTool.NC;
        private int serverAliveInterval = 15;
        private int serverAliveCountMax = 3;

        private Builder() {}

        /**
         * Sets the server's address (required).
         *
         * @param host a DNS name or an IP address
         * @return this builder
         */
        public Builder remoteHost(String host) {
            this.remoteHost = Validators.hostName("remote-host", host);
            return this;
        }

        /**
         * Sets the user to log in as on the server.
         *
         * @param user a user name
         * @return this builder
         */
        public Builder remoteUser(String user) {
            this.remoteUser = Validators.user("remote-user", user);
            return this;
        }

        /**
         * Sets the server's sshd port.
         *
         * @param port 1-65535
         * @return this builder
         */
        public Builder remotePort(int port) {
            this.remotePort = Validators.port("remote-port", port);
            return this;
        }

        /**
         * Sets the laptop's alias for the server; the forward goes on {@code <alias>-tunnel}.
         *
         * @param alias an alias (default: the first label of the host name, or {@code remote})
         * @return this builder
         */
        public Builder remoteAlias(String alias) {
            this.remoteAlias = Validators.alias("remote-alias", alias);
            return this;
        }

        /**
         * Sets the server's alias for the laptop.
         *
         * @param alias an alias (default {@code local})
         * @return this builder
         */
        public Builder localAlias(String alias) {
            this.localAlias = Validators.alias("local-alias", alias);
            return this;
        }

        /**
         * Sets the user to log in as on the laptop.
         *
         * @param user a user name
         * @return this builder
         */
        public Builder localUser(String user) {
            this.localUser = Validators.user("local-user", user);
            return this;
        }

        /**
         * Sets the port of the laptop's sshd (default 22).
         *
         * @param port 1-65535
         * @return this builder
         */
        public Builder localSshPort(int port) {
            this.localSshPort = Validators.port("local-ssh-port", port);
            return this;
        }

        /**
         * Forwards a TCP port on the server's 127.0.0.1.
         *
         * @param port 1-65535
         * @return this builder
         */
        public Builder port(int port) {
            requireNoForward("port");
            this.forward = new Forward.Tcp(port);
            return this;
        }

        /**
         * Forwards a Unix socket on the server.
         *
         * @param path an absolute path, at most 100 bytes, of {@code A-Z a-z 0-9 . _ / -}
         * @return this builder
         */
        public Builder socket(String path) {
            requireNoForward("socket");
            this.forward = new Forward.Socket(path);
            return this;
        }

        /**
         * Chooses the server-side tool for the socket variant (default {@link ProxyTool#NC}).
         *
         * @param tool the tool
         * @return this builder
         */
        public Builder proxyTool(ProxyTool tool) {
            this.proxyTool = Objects.requireNonNull(tool, "proxy-tool");
            return this;
        }

        /**
         * Sets the keep-alive of the tunnel connection (default 15 seconds, 3 probes).
         *
         * @param intervalSeconds 1-3600
         * @param countMax 1-100
         * @return this builder
         */
        public Builder serverAlive(int intervalSeconds, int countMax) {
            this.serverAliveInterval = Validators.range("server-alive-interval", intervalSeconds, 1, 3600);
            this.serverAliveCountMax = Validators.range("server-alive-count-max", countMax, 1, 100);
            return this;
        }

        /**
         * Builds the tunnel.
         *
         * @return the tunnel
         * @throws SshTunnelException when the remote host is missing or a derived alias is invalid
         */
        public ReverseTunnel build() {
            if (remoteHost == null) {
                throw SshTunnelException.invalid("remote-host", "is required");
            }
            return new ReverseTunnel(this);
        }

        private void requireNoForward(String field) {
            if (forward != null) {
                String was = forward instanceof Forward.Tcp t ? "port was already set to " + t.port()
                        : "socket was already set to " + ((Forward.Socket) forward).path();
                throw SshTunnelException.invalid(field, "cannot be combined with another forward: " + was);
            }
        }
    }
}

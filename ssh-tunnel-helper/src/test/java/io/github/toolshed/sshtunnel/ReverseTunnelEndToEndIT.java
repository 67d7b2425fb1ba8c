package io.github.toolshed.sshtunnel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.toolshed.testsupport.Binaries;
import io.github.toolshed.testsupport.FreePorts;
import io.github.toolshed.testsupport.SshServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof: two real sshd instances on loopback play the laptop and the server. The laptop's
 * generated config opens the reverse tunnel; the server's generated config then runs
 * {@code ssh laptop true} and copies a file back with {@code scp}, for both variants.
 */
@Tag("integration")
class ReverseTunnelEndToEndIT {

    private static final Duration T = Duration.ofSeconds(30);
    private static Path ssh;
    private static Path scp;

    @TempDir
    Path tmp;

    @BeforeAll
    static void binaries() {
        ssh = Binaries.require("ssh", "openssh-client");
        scp = Binaries.require("scp", "openssh-client");
    }

    @Test
    void tcpVariant_serverReachesLaptopThroughTheTunnel() throws Exception {
        try (SshServer laptop = SshServer.start(); SshServer server = SshServer.start()) {
            int port = FreePorts.next();
            ReverseTunnel tunnel = tunnel(laptop, server).port(port).build();
            Path laptopConfig = laptopConfig(tunnel, server);
            Path serverConfig = serverConfig(tunnel, laptop);

            try (Processes.Background up = startTunnel(laptopConfig, "server-tunnel")) {
                awaitTcpBanner(port, up);
                assertThat(Files.readString(serverConfig)).contains("Port " + port);
                proveSshAndScp(serverConfig, laptop);
                proveFromInsideAServerSession(laptopConfig, serverConfig);

                // ExitOnForwardFailure: a second tunnel on the taken port exits instead of running without it
                Processes.Background second = startTunnel(laptopConfig, "server-tunnel");
                assertThat(second.waitForExit(T)).isEqualTo(255);
                assertThat(second.log()).contains("remote port forwarding failed");
            }
            Processes.Result afterStop = sshTo(serverConfig, "laptop", "true");
            assertThat(afterStop.exit()).as("without the tunnel the laptop is unreachable").isEqualTo(255);
        }
    }

    @Test
    void socketVariant_serverReachesLaptopThroughTheSocket_andReconnectsOverAStaleSocket() throws Exception {
        Binaries.require("nc", "netcat-openbsd");
        try (SshServer laptop = SshServer.start();
                SshServer server = SshServer.start(List.of("StreamLocalBindUnlink yes"))) {
            Path dir = Files.createDirectory(tmp.resolve("tunnels"),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Path socket = dir.resolve("laptop.sock");
            ReverseTunnel tunnel = tunnel(laptop, server).socket(socket.toString()).build();
            Path laptopConfig = laptopConfig(tunnel, server);
            Path serverConfig = serverConfig(tunnel, laptop);
            assertThat(Files.readString(serverConfig)).contains("ProxyCommand nc -U " + socket);

            try (Processes.Background up = startTunnel(laptopConfig, "server-tunnel")) {
                awaitSocketBanner(socket, up);
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket))).isEqualTo("rw-------");
                proveSshAndScp(serverConfig, laptop);
            }
            assertThat(Files.exists(socket)).as("sshd leaves the socket behind").isTrue();
            try (Processes.Background again = startTunnel(laptopConfig, "server-tunnel")) {
                awaitSocketBanner(socket, again);
                assertThat(sshTo(serverConfig, "laptop", "true").exit()).isZero();
            }
        }
    }

    private static ReverseTunnel.Builder tunnel(SshServer laptop, SshServer server) {
        return ReverseTunnel.builder()
                .remoteHost("127.0.0.1")
                .remotePort(server.port())
                .remoteUser(server.user())
                .remoteAlias("server")
                .localAlias("laptop")
                .localUser(laptop.user())
                .localSshPort(laptop.port());
    }

    /** The laptop's own config (a Host * with its key and known_hosts), then the generated block applied. */
    private Path laptopConfig(ReverseTunnel tunnel, SshServer server) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("laptop"));
        Path knownHosts = dir.resolve("known_hosts");
        Files.writeString(knownHosts, server.knownHostsLine("[127.0.0.1]:" + server.port()) + "\n");
        String login = "# my normal login to the server\nHost server\n    HostName 127.0.0.1\n    Port " + server.port()
                + "\n    User " + server.user() + "\n\n";
        return applied(tunnel, Side.LOCAL, dir.resolve("config"), login + ownPart(server.clientKey(), knownHosts));
    }

    private Path serverConfig(ReverseTunnel tunnel, SshServer laptop) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("server"));
        Path knownHosts = dir.resolve("known_hosts");
        // pinned under the HostKeyAlias: no trust on first use
        Files.writeString(knownHosts, laptop.knownHostsLine("laptop") + "\n");
        return applied(tunnel, Side.REMOTE, dir.resolve("config"), ownPart(laptop.clientKey(), knownHosts));
    }

    private static String ownPart(Path key, Path knownHosts) {
        return """
                # my own settings, not managed by the helper
                Host *
                    IdentityFile %s
                    IdentitiesOnly yes
                    UserKnownHostsFile %s
                    StrictHostKeyChecking yes
                    BatchMode yes
                    ConnectTimeout 10
                """.formatted(key, knownHosts);
    }

    private Path applied(ReverseTunnel tunnel, Side side, Path config, String ownPart) throws IOException {
        Files.writeString(config, ownPart);
        TunnelCommands commands = new TunnelCommands(tmp, Optional.of(ssh), Clock.systemUTC());
        CommandResult result = commands.apply(tunnel, side, Optional.of(config), false);
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("ssh -G: ").doesNotContain("warning");
        CommandResult again = commands.apply(tunnel, side, Optional.of(config), false);
        assertThat(again.out()).contains("unchanged");
        String text = Files.readString(config);
        assertThat(text.indexOf("# >>> ssh-tunnel-helper:")).isLessThan(text.indexOf("Host *"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config))).isEqualTo("rw-------");
        return config;
    }

    private Processes.Background startTunnel(Path laptopConfig, String alias) {
        return new Processes.Background(List.of(ssh.toString(), "-F", laptopConfig.toString(), alias),
                tmp.resolve("tunnel-" + UUID.randomUUID() + ".log"));
    }

    private void proveSshAndScp(Path serverConfig, SshServer laptop) throws IOException {
        Processes.Result t = sshTo(serverConfig, "laptop", "true");
        assertThat(t.exit()).as(t.output()).isZero();
        Processes.Result where = sshTo(serverConfig, "laptop", "echo $SSH_CONNECTION");
        assertThat(where.output().strip().split(" ")[3]).as("arrived at the laptop's sshd")
                .isEqualTo(Integer.toString(laptop.port()));

        Path file = tmp.resolve("report-" + UUID.randomUUID() + ".txt");
        String content = "found on the server " + UUID.randomUUID() + "\n";
        Files.writeString(file, content);
        Path landed = Files.createDirectories(tmp.resolve("laptop-home")).resolve("report.txt");
        Files.deleteIfExists(landed);
        Processes.Result copy = Processes.run(List.of(scp.toString(), "-F", serverConfig.toString(), "-q",
                file.toString(), "laptop:" + landed), T);
        assertThat(copy.exit()).as(copy.output()).isZero();
        assertThat(Files.readString(landed)).isEqualTo(content);
    }

    /**
     * The original workflow: logged in on the server with the normal alias (which the tunnel must
     * not break while it is up), copy a file back to the laptop from there.
     */
    private void proveFromInsideAServerSession(Path laptopConfig, Path serverConfig) throws IOException {
        Processes.Result second = sshTo(laptopConfig, "server", "true");
        assertThat(second.exit()).as("a second login with the normal alias: " + second.output()).isZero();
        assertThat(second.output()).doesNotContain("forwarding failed");

        Path file = tmp.resolve("deep-" + UUID.randomUUID() + ".tar.gz");
        Files.writeString(file, "nested " + UUID.randomUUID());
        Path landed = Files.createDirectories(tmp.resolve("laptop-home")).resolve("nested.tar.gz");
        Processes.Result nested = sshTo(laptopConfig, "server",
                "scp -F " + serverConfig + " -q " + file + " laptop:" + landed);
        assertThat(nested.exit()).as(nested.output()).isZero();
        assertThat(Files.readString(landed)).isEqualTo(Files.readString(file));
    }

    private Processes.Result sshTo(Path config, String alias, String command) {
        return Processes.run(List.of(ssh.toString(), "-F", config.toString(), alias, command), T);
    }

    private static void awaitTcpBanner(int port, Processes.Background tunnel) throws Exception {
        awaitBanner(tunnel, () -> {
            SocketChannel ch = SocketChannel.open();
            ch.connect(new InetSocketAddress("127.0.0.1", port));
            return ch;
        });
    }

    private static void awaitSocketBanner(Path socket, Processes.Background tunnel) throws Exception {
        awaitBanner(tunnel, () -> {
            SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
            ch.connect(UnixDomainSocketAddress.of(socket));
            return ch;
        });
    }

    interface Connector {
        SocketChannel connect() throws IOException;
    }

    /** The forward is up once the laptop's sshd banner arrives through it. */
    private static void awaitBanner(Processes.Background tunnel, Connector connector) throws Exception {
        long deadline = System.nanoTime() + T.toNanos();
        while (System.nanoTime() < deadline) {
            if (!tunnel.isAlive()) {
                throw new AssertionError("tunnel exited: " + tunnel.log());
            }
            try (SocketChannel ch = connector.connect()) {
                ByteBuffer buf = ByteBuffer.allocate(64);
                if (ch.read(buf) > 0 && new String(buf.array(), StandardCharsets.US_ASCII).startsWith("SSH-2.0-")) {
                    return;
                }
            } catch (IOException notYet) {
                // the forward is not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the forward did not come up: " + tunnel.log());
    }
}

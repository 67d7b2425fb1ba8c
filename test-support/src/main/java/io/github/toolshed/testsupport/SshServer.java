package io.github.toolshed.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenSSH {@code sshd} (Debian package {@code openssh-server}) on a free loopback port.
 *
 * <p>It has its own host key, its own {@code authorized_keys} and key-only authentication; a client
 * key pair is generated for the test ({@link #clientKey()}) and authorized. The system's sshd and
 * its configuration are never touched. Keys are made with {@code ssh-keygen} (package
 * {@code openssh-client}).
 */
public final class SshServer extends RealServer {

    private final Path binary;
    private final List<String> extraConfig;
    private final Path hostKey;
    private final Path clientKey;

    private SshServer(List<String> extraConfig) {
        super("sshd");
        this.binary = Binaries.require("sshd", "openssh-server");
        this.extraConfig = List.copyOf(extraConfig);
        this.hostKey = directory().resolve("ssh_host_ed25519_key");
        this.clientKey = directory().resolve("client_ed25519");
        keygen(hostKey, "toolshed-test-host");
        keygen(clientKey, "toolshed-test-client");
        authorizeKey(Path.of(clientKey + ".pub"));
    }

    /**
     * Starts sshd with the default test configuration.
     *
     * @return the running server
     */
    public static SshServer start() {
        return start(List.of());
    }

    /**
     * Starts sshd with extra {@code sshd_config} lines appended (e.g. {@code StreamLocalBindUnlink yes}).
     *
     * @param extraConfig additional configuration lines
     * @return the running server
     */
    public static SshServer start(List<String> extraConfig) {
        SshServer server = new SshServer(extraConfig);
        ensurePrivilegeSeparationDirectory();
        server.startOnFreePort();
        return server;
    }

    /** As root, Debian's sshd refuses to start without /run/sshd ("Missing privilege separation directory"). */
    private static void ensurePrivilegeSeparationDirectory() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return;
        }
        Path dir = Path.of("/run/sshd");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + dir + " for sshd", e);
        }
    }

    @Override
    protected void configure() throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "Port " + port(),
                "ListenAddress 127.0.0.1",
                "HostKey " + hostKey,
                "PidFile " + directory().resolve("sshd.pid"),
                "AuthorizedKeysFile " + directory().resolve("authorized_keys"),
                "PubkeyAuthentication yes",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "PermitRootLogin prohibit-password",
                "UsePAM no",
                "StrictModes no",
                "AllowTcpForwarding yes",
                "AllowStreamLocalForwarding yes",
                "Subsystem sftp internal-sftp",
                "LogLevel VERBOSE"));
        lines.addAll(extraConfig);
        lines.add("");
        Files.write(directory().resolve("sshd_config"), lines, StandardCharsets.UTF_8);
    }

    @Override
    protected List<String> command() {
        return List.of(binary.toString(), "-D", "-e", "-f", directory().resolve("sshd_config").toString());
    }

    @Override
    protected boolean probe() throws IOException {
        return Probes.exchange(host(), port(), null, "SSH-2.0-");
    }

    /** @return the private key of the generated client key pair (its public key is authorized) */
    public Path clientKey() {
        return clientKey;
    }

    /** @return the user the test connects as (the user running the tests) */
    public String user() {
        return System.getProperty("user.name");
    }

    /**
     * Returns a {@code known_hosts} line for this server's host key.
     *
     * @param hostPattern the name the client will know it by ({@code [127.0.0.1]:port} or a HostKeyAlias)
     * @return the line, without a newline
     */
    public String knownHostsLine(String hostPattern) {
        try {
            String[] pub = Files.readString(Path.of(hostKey + ".pub")).trim().split(" ");
            return hostPattern + " " + pub[0] + " " + pub[1];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds a public key to this server's {@code authorized_keys}.
     *
     * @param publicKey a {@code .pub} file
     */
    public void authorizeKey(Path publicKey) {
        try {
            Files.writeString(directory().resolve("authorized_keys"), Files.readString(publicKey).trim() + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Generates an unencrypted ed25519 key pair with {@code ssh-keygen}.
     *
     * @param privateKey where the private key goes ({@code .pub} beside it)
     * @param comment the key's comment
     */
    public static void keygen(Path privateKey, String comment) {
        Path keygen = Binaries.require("ssh-keygen", "openssh-client");
        try {
            Process p = new ProcessBuilder(keygen.toString(), "-q", "-t", "ed25519", "-N", "", "-C", comment,
                            "-f", privateKey.toString())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("ssh-keygen failed for " + privateKey + ": " + out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

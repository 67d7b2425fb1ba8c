package io.github.toolshed.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("integration")
class RealServersIT {

    @RegisterExtension
    static final ServerExtension<RedisServer> redis = ServerExtension.of(RedisServer::start);

    @Test
    void redis_answersPingOnItsOwnPort() throws IOException {
        assertThat(redis.get().port()).isNotEqualTo(6379);
        assertThat(Probes.exchange("127.0.0.1", redis.get().port(), "SET k v\r\nGET k\r\n", "$1\r\nv")).isTrue();
    }

    @Test
    void redis_killedAndRestarted_comesBackOnTheSamePort() throws IOException {
        RedisServer server = redis.get();
        int port = server.port();
        server.kill();
        assertThat(server.isRunning()).isFalse();
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(IOException.class);
        server.restart();
        assertThat(server.port()).isEqualTo(port);
        assertThat(Probes.exchange("127.0.0.1", port, "PING\r\n", "+PONG")).isTrue();
    }

    @Test
    void memcached_storesAndReturnsAValue() throws IOException {
        try (MemcachedServer memcached = MemcachedServer.start()) {
            assertThat(Probes.exchange(memcached.host(), memcached.port(),
                    "set k 0 0 5\r\nhello\r\nget k\r\n", "VALUE k 0 5\r\nhello")).isTrue();
        }
    }

    @Test
    void nginx_servesAFileFromItsOwnRoot() throws IOException {
        Path root = Files.createTempDirectory("toolshed-nginx-root-");
        Files.writeString(root.resolve("index.html"), "hello from nginx");
        try (NginxServer nginx = NginxServer.start(port ->
                "server { listen 127.0.0.1:" + port + "; root " + root + "; }")) {
            assertThat(Probes.exchange(nginx.host(), nginx.port(),
                    "GET /index.html HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", "hello from nginx")).isTrue();
        } finally {
            Files.delete(root.resolve("index.html"));
            Files.delete(root);
        }
    }

    @Test
    void sshd_acceptsTheGeneratedClientKeyOnly() throws Exception {
        try (SshServer sshd = SshServer.start()) {
            Path knownHosts = sshd.directory().resolve("known_hosts");
            Files.writeString(knownHosts, sshd.knownHostsLine("[127.0.0.1]:" + sshd.port()) + "\n");
            List<String> base = List.of(Binaries.require("ssh", "openssh-client").toString(),
                    "-F", "/dev/null", "-p", Integer.toString(sshd.port()),
                    "-o", "UserKnownHostsFile=" + knownHosts, "-o", "StrictHostKeyChecking=yes",
                    "-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes");
            List<String> withKey = new java.util.ArrayList<>(base);
            withKey.addAll(List.of("-i", sshd.clientKey().toString(), sshd.user() + "@127.0.0.1", "echo", "tunnel-ok"));
            assertThat(run(withKey)).contains("tunnel-ok");

            Path otherKey = sshd.directory().resolve("unauthorized");
            SshServer.keygen(otherKey, "other");
            List<String> withOther = new java.util.ArrayList<>(base);
            withOther.addAll(List.of("-i", otherKey.toString(), sshd.user() + "@127.0.0.1", "echo", "should-not-run"));
            assertThat(run(withOther)).doesNotContain("should-not-run").contains("Permission denied");
        }
    }

    @Test
    void closedServer_deletesItsDirectory() {
        MemcachedServer memcached = MemcachedServer.start();
        Path dir = memcached.directory();
        assertThat(dir).isDirectory();
        memcached.close();
        assertThat(dir).doesNotExist();
        assertThat(memcached.isRunning()).isFalse();
    }

    @Test
    void freePort_isNotReachableUntilAServerBindsIt() {
        int port = FreePorts.next();
        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            }
        }).isInstanceOf(IOException.class);
    }

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}

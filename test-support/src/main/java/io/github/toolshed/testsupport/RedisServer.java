package io.github.toolshed.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A real {@code redis-server} (Debian package {@code redis-server}) on a free loopback port. */
public final class RedisServer extends RealServer {

    private final Path binary;

    private RedisServer() {
        super("redis");
        binary = Binaries.require("redis-server", "redis-server");
    }

    /**
     * Starts a Redis server with no persistence and waits until it answers PING.
     *
     * @return the running server
     */
    public static RedisServer start() {
        RedisServer server = new RedisServer();
        server.startOnFreePort();
        return server;
    }

    @Override
    protected void configure() throws IOException {
        Files.writeString(directory().resolve("redis.conf"), String.join("\n",
                "bind 127.0.0.1",
                "port " + port(),
                "protected-mode yes",
                "daemonize no",
                "save \"\"",
                "appendonly no",
                "dir " + directory(),
                "pidfile " + directory().resolve("redis.pid"),
                "logfile \"\"",
                ""));
    }

    @Override
    protected List<String> command() {
        return List.of(binary.toString(), directory().resolve("redis.conf").toString());
    }

    @Override
    protected boolean probe() throws IOException {
        return Probes.exchange(host(), port(), "PING\r\n", "+PONG");
    }

    /** @return a Redis URI for clients, e.g. {@code redis://127.0.0.1:6390} */
    public String uri() {
        return "redis://" + host() + ":" + port();
    }
}

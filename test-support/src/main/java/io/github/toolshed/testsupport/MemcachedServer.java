package io.github.toolshed.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A real {@code memcached} (Debian package {@code memcached}) on a free loopback port. */
public final class MemcachedServer extends RealServer {

    private final Path binary;

    private MemcachedServer() {
        super("memcached");
        binary = Binaries.require("memcached", "memcached");
    }

    /**
     * Starts memcached with 64 MiB of memory, TCP only, and waits until it answers {@code version}.
     *
     * @return the running server
     */
    public static MemcachedServer start() {
        MemcachedServer server = new MemcachedServer();
        server.startOnFreePort();
        return server;
    }

    @Override
    protected List<String> command() {
        return List.of(binary.toString(), "-l", host(), "-p", Integer.toString(port()), "-U", "0",
                "-m", "64", "-u", System.getProperty("user.name"));
    }

    @Override
    protected boolean probe() throws IOException {
        return Probes.exchange(host(), port(), "version\r\n", "VERSION");
    }
}

package io.github.toolshed.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A real {@code nginx} (Debian package {@code nginx}) on a free loopback port, with a configuration
 * of the test's own.
 *
 * <p>The test supplies the {@code server {}} block(s) for the {@code http {}} context as a function
 * of the chosen port; everything else (pid file, temp paths, logs) lives in the server's directory.
 */
public final class NginxServer extends RealServer {

    private final Path binary;
    private final IntFunction<String> serverBlocks;

    private NginxServer(IntFunction<String> serverBlocks) {
        super("nginx");
        this.binary = Binaries.require("nginx", "nginx");
        this.serverBlocks = serverBlocks;
    }

    /**
     * Starts nginx with the given server blocks and waits until it answers HTTP.
     *
     * @param serverBlocks the {@code server {}} configuration for a given listen port; it must
     *     listen on {@code 127.0.0.1:<port>}
     * @return the running server
     */
    public static NginxServer start(IntFunction<String> serverBlocks) {
        NginxServer server = new NginxServer(serverBlocks);
        server.startOnFreePort();
        return server;
    }

    @Override
    protected void configure() throws IOException {
        Path dir = directory();
        for (String sub : List.of("logs", "client_body", "proxy", "fastcgi", "uwsgi", "scgi")) {
            Files.createDirectories(dir.resolve(sub));
        }
        // As root, nginx's workers would run as "nobody" and could not read the test's private
        // temporary directories; keep them as the user running the tests.
        String user = "root".equals(System.getProperty("user.name")) ? "user root;" : "";
        Files.writeString(dir.resolve("nginx.conf"), String.join("\n",
                user,
                "worker_processes 1;",
                "daemon off;",
                "pid " + dir.resolve("nginx.pid") + ";",
                "error_log " + dir.resolve("logs/error.log") + " warn;",
                "events { worker_connections 1024; }",
                "http {",
                "  access_log off;",
                "  client_body_temp_path " + dir.resolve("client_body") + ";",
                "  proxy_temp_path " + dir.resolve("proxy") + ";",
                "  fastcgi_temp_path " + dir.resolve("fastcgi") + ";",
                "  uwsgi_temp_path " + dir.resolve("uwsgi") + ";",
                "  scgi_temp_path " + dir.resolve("scgi") + ";",
                "  default_type application/octet-stream;",
                serverBlocks.apply(port()),
                "}",
                ""));
    }

    @Override
    protected List<String> command() {
        return List.of(binary.toString(), "-p", directory().toString(), "-c",
                directory().resolve("nginx.conf").toString());
    }

    @Override
    protected boolean probe() throws IOException {
        return Probes.exchange(host(), port(),
                "HEAD / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", "HTTP/1.1 ");
    }

    /** @return the error log's path, for assertions and failure messages */
    public Path errorLog() {
        return directory().resolve("logs/error.log");
    }
}

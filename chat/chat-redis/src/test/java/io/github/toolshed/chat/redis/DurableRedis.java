package io.github.toolshed.chat.redis;

import io.github.toolshed.testsupport.Binaries;
import io.github.toolshed.testsupport.FreePorts;
import io.github.toolshed.testsupport.ManagedProcess;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real {@code redis-server} (Debian package {@code redis-server}) with an append-only file synced on
 * every write, so that a killed and restarted server keeps every write it acknowledged. test-support's
 * {@code RedisServer} runs without persistence, which is the other case the tests cover.
 */
final class DurableRedis implements AutoCloseable {

    private final Path binary = Binaries.require("redis-server", "redis-server");
    private final Path directory;
    private final int port = FreePorts.next();
    private ManagedProcess process;

    DurableRedis() {
        try {
            directory = Files.createTempDirectory("durable-redis");
            Files.writeString(directory.resolve("redis.conf"), String.join("\n",
                    "bind 127.0.0.1", "port " + port, "protected-mode yes", "daemonize no", "save \"\"",
                    "appendonly yes", "appendfsync always", "dir " + directory, "logfile \"\"", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
    }

    private void start() {
        process = ManagedProcess.start(List.of(binary.toString(), directory.resolve("redis.conf").toString()),
                directory, "redis.log", this::answers, Duration.ofSeconds(20));
    }

    private boolean answers() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(1000);
            socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[16];
            int read = in.read(buffer);
            return read > 0 && new String(buffer, 0, read, StandardCharsets.US_ASCII).startsWith("+PONG");
        }
    }

    String uri() {
        return "redis://127.0.0.1:" + port;
    }

    /** SIGKILL, as a crash. */
    void kill() {
        process.kill();
    }

    /** Starts again on the same port and directory, replaying the append-only file. */
    void restart() {
        start();
    }

    @Override
    public void close() throws IOException {
        process.stop();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}

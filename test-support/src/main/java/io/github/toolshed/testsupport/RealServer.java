package io.github.toolshed.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;

/**
 * A real server process on a loopback port, in a temporary directory of its own.
 *
 * <p>Subclasses write their configuration and say how to start and probe the server; this class
 * owns the port, the directory, the process and their clean-up. {@link #kill()} and
 * {@link #restart()} let a test simulate a crash and a recovery on the same port.
 */
public abstract class RealServer implements AutoCloseable {

    /** How long a server may take to answer after it is started. */
    protected static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final String name;
    private final Path directory;
    private int port;
    private ManagedProcess process;

    /**
     * Creates the server's directory; call {@link #startOnFreePort()} from the subclass's factory.
     *
     * @param name a short name used for the directory and messages
     */
    protected RealServer(String name) {
        this.name = name;
        try {
            this.directory = Files.createTempDirectory("toolshed-" + name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the command line that starts the server in the foreground on {@link #port()} */
    protected abstract List<String> command();

    /**
     * Writes configuration files into {@link #directory()} for the current port.
     *
     * @throws IOException when a file cannot be written
     */
    protected void configure() throws IOException {}

    /**
     * Tells whether the server answers its protocol on {@link #port()}.
     *
     * @return true once it is ready
     * @throws Exception while it is not
     */
    protected abstract boolean probe() throws Exception;

    /** Picks a free port, writes the configuration, starts the server and waits for it. */
    protected final void startOnFreePort() {
        IllegalStateException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            port = FreePorts.next();
            try {
                start();
                return;
            } catch (IllegalStateException e) {
                last = e; // most often the port was taken between picking and binding it
            }
        }
        deleteDirectory();
        throw last;
    }

    private void start() {
        try {
            configure();
        } catch (IOException e) {
            throw new UncheckedIOException("could not configure " + name, e);
        }
        process = ManagedProcess.start(command(), directory, name + ".log", this::probe, START_TIMEOUT);
    }

    /** @return the loopback address the server listens on */
    public String host() {
        return "127.0.0.1";
    }

    /** @return the server's TCP port */
    public int port() {
        return port;
    }

    /** @return the server's private directory (configuration, data, log) */
    public Path directory() {
        return directory;
    }

    /** @return the server's process id */
    public long pid() {
        return process.pid();
    }

    /** @return whether the server process is running */
    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Kills the server with SIGKILL, as a crash would; {@link #restart()} brings it back. */
    public void kill() {
        process.kill();
    }

    /** Starts the server again on the same port and directory, e.g. after {@link #kill()}. */
    public void restart() {
        if (process != null && process.isAlive()) {
            process.stop();
        }
        start();
    }

    /** @return the end of the server's log */
    public String logTail() {
        return process == null ? "(not started)" : process.logTail();
    }

    /** Stops the server by PID and deletes its directory. */
    @Override
    public void close() {
        if (process != null) {
            process.stop();
        }
        deleteDirectory();
    }

    private void deleteDirectory() {
        try {
            if (!Files.exists(directory)) {
                return;
            }
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + directory, e);
        }
    }

    @Override
    public String toString() {
        return name + " on " + host() + ":" + port;
    }
}

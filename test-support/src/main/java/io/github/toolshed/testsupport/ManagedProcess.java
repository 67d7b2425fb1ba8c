package io.github.toolshed.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One operating-system process started from a command line, with its output in a log file.
 *
 * <p>It is stopped by PID: {@link #stop()} sends SIGTERM and, after a grace period, SIGKILL to the
 * process and its descendants; {@link #kill()} sends SIGKILL at once (to simulate a crash).
 */
public final class ManagedProcess {

    /** A readiness check run repeatedly until it returns true or the start times out. */
    @FunctionalInterface
    public interface Probe {
        /**
         * Tells whether the server is ready.
         *
         * @return true once the server answers
         * @throws Exception when it does not answer yet (treated as not ready)
         */
        boolean ready() throws Exception;
    }

    private final List<String> command;
    private final Path workDir;
    private final Path log;
    private Process process;

    private ManagedProcess(List<String> command, Path workDir, Path log) {
        this.command = List.copyOf(command);
        this.workDir = workDir;
        this.log = log;
    }

    /**
     * Starts a process and waits until the probe says it is ready.
     *
     * @param command the command line
     * @param workDir the working directory (also holds the log)
     * @param logName the log file's name inside workDir
     * @param probe the readiness check
     * @param timeout how long to wait for readiness
     * @return the running process
     * @throws IllegalStateException when it exits or does not become ready in time; the message
     *     carries the end of its log
     */
    public static ManagedProcess start(
            List<String> command, Path workDir, String logName, Probe probe, Duration timeout) {
        ManagedProcess managed = new ManagedProcess(command, workDir, workDir.resolve(logName));
        managed.launch(probe, timeout);
        return managed;
    }

    void launch(Probe probe, Duration timeout) {
        try {
            process = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command, e);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(command.getFirst() + " exited with code "
                        + process.exitValue() + " before it was ready; its log ends:\n" + logTail());
            }
            try {
                if (probe.ready()) {
                    return;
                }
            } catch (Exception e) {
                last = e;
            }
            sleep(50);
        }
        stop();
        throw new IllegalStateException(command.getFirst() + " was not ready within " + timeout
                + (last == null ? "" : " (last probe error: " + last + ")") + "; its log ends:\n"
                + logTail());
    }

    /** @return the process id */
    public long pid() {
        return process.pid();
    }

    /** @return whether the process is still running */
    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Stops the process and its children: SIGTERM, then SIGKILL after five seconds. */
    public void stop() {
        if (process == null) {
            return;
        }
        ProcessHandle handle = process.toHandle();
        List<ProcessHandle> children = handle.descendants().toList();
        handle.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }

    /** Kills the process and its children with SIGKILL, as a crash would end them. */
    public void kill() {
        if (process == null) {
            return;
        }
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return the last lines of the process's output, for failure messages */
    public String logTail() {
        try {
            if (!Files.exists(log)) {
                return "(no output)";
            }
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}

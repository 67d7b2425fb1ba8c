package io.github.toolshed.chat.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process's CPU time and resident memory from {@code /proc/<pid>/stat} and {@code /proc/<pid>/status}
 * (Linux). CPU time is user plus system time in clock ticks of 10 ms ({@code CLK_TCK} 100, the Linux
 * default on x86-64 and arm64).
 *
 * @param cpuNanos user + system CPU time in nanoseconds
 * @param systemNanos the system (kernel) part of it in nanoseconds
 * @param rssBytes resident set size in bytes
 */
record ProcessStats(long cpuNanos, long systemNanos, long rssBytes) {

    private static final long TICK_NANOS = 10_000_000L;

    /** Reads a process's stats, or returns null when it cannot (no such process, not Linux). */
    static ProcessStats read(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command name may contain spaces: fields are counted after its closing parenthesis
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            long rssKb = 0;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rssKb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            return new ProcessStats(ticks * TICK_NANOS, Long.parseLong(fields[12]) * TICK_NANOS, rssKb * 1024);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}

package io.github.toolshed.chat.load;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The chat load tool: N clients join one room, a pacer sends R messages per second in total for D seconds
 * (round-robin over the clients), every message carries its id and send time, and the tool reports
 * delivered messages/s, end-to-end latency, lost and duplicated deliveries, connect time and the server
 * processes' CPU time and RSS. Loopback only; it stops by itself after D seconds plus the drain time.
 */
public final class ChatLoad {

    /** Pause between the last join and the first send, so join announcements and presence have drained. */
    private static final long SETTLE_MILLIS = 5000;

    private ChatLoad() {}

    /**
     * Runs one scenario; see {@link LoadOptions} for the options.
     *
     * @param args the command line
     * @throws Exception when the run cannot complete
     */
    public static void main(String[] args) throws Exception {
        LoadOptions options = LoadOptions.parse(args);
        System.out.println(run(options, new ToolshedProtocol()));
        System.exit(0);
    }

    static String run(LoadOptions options, ChatProtocol protocol) throws Exception {
        LatencyHistogram latency = new LatencyHistogram();
        LatencyHistogram connect = new LatencyHistogram();
        AtomicLong errors = new AtomicLong();
        List<Reactor> reactors = new ArrayList<>();
        for (int i = 0; i < options.ioThreads(); i++) {
            reactors.add(new Reactor("chat-load-io-" + i));
        }
        List<LoadClient> clients = new ArrayList<>();
        Semaphore parallel = new Semaphore(200);
        long connectStart = System.nanoTime();
        List<CompletableFuture<Long>> joins = new ArrayList<>();
        try (ExecutorService connectors = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < options.clients(); i++) {
                LoadClient client = new LoadClient(i, protocol, latency, errors);
                clients.add(client);
                URI uri = options.urls().get(i % options.urls().size());
                Reactor reactor = reactors.get(i % reactors.size());
                String room = options.roomOf(i);
                parallel.acquire();
                CompletableFuture<Long> join = new CompletableFuture<>();
                connectors.submit(() -> client.connect(uri, room, reactor).whenComplete((nanos, e) -> {
                    parallel.release();
                    if (nanos != null) {
                        connect.record(nanos);
                        join.complete(nanos);
                    } else {
                        join.completeExceptionally(e);
                    }
                }));
                joins.add(join);
            }
        }
        long failedJoins = 0;
        for (CompletableFuture<Long> join : joins) {
            try {
                join.get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                failedJoins++;
            }
        }
        double connectSeconds = (System.nanoTime() - connectStart) / 1e9;
        Thread.sleep(SETTLE_MILLIS);

        List<ProcessStats> before = stats(options.serverPids());
        ProcessStats selfBefore = ProcessStats.read(ProcessHandle.current().pid());
        long start = System.nanoTime();
        long sent = 0;
        if (options.rate() > 0) {
            long total = (long) options.rate() * options.durationSeconds();
            double interval = 1e9 / options.rate();
            for (int id = 0; id < total; id++) {
                long due = start + (long) (id * interval);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                LoadClient sender = clients.get(id % clients.size());
                sender.send(protocol.message(options.room(), id + ":" + System.nanoTime(), "c" + id));
                sent++;
            }
        } else {
            Thread.sleep(options.durationSeconds() * 1000L);
        }
        double sendSeconds = (System.nanoTime() - start) / 1e9;
        Thread.sleep(options.drainSeconds() * 1000L);
        double windowSeconds = (System.nanoTime() - start) / 1e9;
        List<ProcessStats> after = stats(options.serverPids());
        ProcessStats selfAfter = ProcessStats.read(ProcessHandle.current().pid());
        String heap = options.heap() ? heap(options.serverPids()) : "";

        long unique = 0;
        long duplicates = 0;
        for (LoadClient client : clients) {
            unique += client.unique();
            duplicates += client.duplicates();
        }
        long expected = sent * (options.clients() - failedJoins);
        StringBuilder report = new StringBuilder();
        report.append(String.format("clients=%d (failed joins %d) urls=%d rate=%d/s duration=%ds%n",
                options.clients(), failedJoins, options.urls().size(), options.rate(), options.durationSeconds()));
        report.append(String.format("connect: all joined in %.2f s; per client p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                connectSeconds, connect.percentileMillis(50), connect.percentileMillis(99), connect.maxMillis()));
        report.append(String.format("sent %d msgs in %.2f s (%.0f msg/s); deliveries %d of %d expected: "
                        + "%.0f deliveries/s over the send time%n",
                sent, sendSeconds, sent / sendSeconds, unique, expected, unique / sendSeconds));
        report.append(String.format("lost %d (%.3f%%), duplicated %d, error frames %d%n", expected - unique,
                expected == 0 ? 0.0 : 100.0 * (expected - unique) / expected, duplicates, errors.get()));
        report.append(String.format("latency ms: p50 %.2f, p99 %.2f, p99.9 %.2f, max %.2f%n",
                latency.percentileMillis(50), latency.percentileMillis(99), latency.percentileMillis(99.9),
                latency.maxMillis()));
        for (int i = 0; i < options.serverPids().size(); i++) {
            ProcessStats b = before.get(i);
            ProcessStats a = after.get(i);
            if (a == null || b == null) {
                report.append("server pid ").append(options.serverPids().get(i)).append(": not readable\n");
                continue;
            }
            double cpu = (a.cpuNanos() - b.cpuNanos()) / 1e9;
            report.append(String.format("server pid %d: CPU %.2f s (%.2f s of it in the kernel) over %.1f s window "
                            + "(%.0f%% of one core), RSS %d MiB%n", options.serverPids().get(i), cpu,
                    (a.systemNanos() - b.systemNanos()) / 1e9, windowSeconds, 100 * cpu / windowSeconds,
                    a.rssBytes() >> 20));
        }
        if (!options.serverPids().isEmpty() && unique > 0) {
            long cpu = 0;
            for (int i = 0; i < after.size(); i++) {
                if (after.get(i) != null && before.get(i) != null) {
                    cpu += after.get(i).cpuNanos() - before.get(i).cpuNanos();
                }
            }
            report.append(String.format("server CPU per delivery: %.2f us (all servers)%n", cpu / 1e3 / unique));
        }
        if (selfBefore != null && selfAfter != null) {
            double cpu = (selfAfter.cpuNanos() - selfBefore.cpuNanos()) / 1e9;
            report.append(String.format("load tool: CPU %.2f s (%.0f%% of one core), %d receiving thread(s), "
                    + "%.2f us per delivery%n", cpu, 100 * cpu / windowSeconds, reactors.size(),
                    unique == 0 ? 0.0 : cpu * 1e6 / unique));
        }
        report.append(heap);
        clients.forEach(LoadClient::closeSocket);
        for (Reactor reactor : reactors) {
            reactor.close();
        }
        return report.toString();
    }

    private static List<ProcessStats> stats(List<Long> pids) {
        return pids.stream().map(ProcessStats::read).toList();
    }

    /** Runs a full GC in each server through jcmd and reports the heap in use after it. */
    private static String heap(List<Long> pids) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        StringBuilder out = new StringBuilder();
        for (long pid : pids) {
            exec(jcmd, Long.toString(pid), "GC.run");
            String info = exec(jcmd, Long.toString(pid), "GC.heap_info");
            out.append("server pid ").append(pid).append(" heap after full GC:\n");
            Arrays.stream(info.split("\n")).filter(l -> l.contains("total") || l.contains("used"))
                    .limit(3).forEach(l -> out.append("  ").append(l.trim()).append('\n'));
        }
        return out.toString();
    }

    private static String exec(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        return output;
    }
}

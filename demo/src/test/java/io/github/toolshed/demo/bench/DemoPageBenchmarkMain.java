package io.github.toolshed.demo.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link DemoPageBenchmark} with short, bounded settings (one fork, 3 x 1 s warm-up,
 * 5 x 1 s measurement, GC profiler) and prints a markdown table: time and allocation per
 * request, and each benchmark as a share of the uncached render.
 */
public final class DemoPageBenchmarkMain {

    private DemoPageBenchmarkMain() {}

    /**
     * Runs the benchmark.
     *
     * @param args optional: forks, warm-up iterations, measurement iterations
     * @throws Exception if JMH fails
     */
    public static void main(String[] args) throws Exception {
        int forks = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(DemoPageBenchmark.class.getName() + "\\.")
                .forks(forks)
                .warmupIterations(warmups)
                .measurementIterations(iterations)
                .warmupTime(TimeValue.seconds(1))
                .measurementTime(TimeValue.seconds(1))
                .addProfiler(GCProfiler.class);
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, RunResult> byName = new LinkedHashMap<>();
        for (RunResult result : results) {
            String label = result.getParams().getBenchmark();
            byName.put(label.substring(label.lastIndexOf('.') + 1), result);
        }
        double render = byName.get("render").getPrimaryResult().getScore();
        StringBuilder table = new StringBuilder()
                .append("| benchmark | time (us/op) | error (99.9%) | allocated (B/op) | share of `render` |\n")
                .append("|---|---:|---:|---:|---:|\n");
        for (String name : new String[] {"render", "hit", "filterHit"}) {
            RunResult result = byName.get(name);
            Result<?> primary = result.getPrimaryResult();
            Result<?> allocation = result.getSecondaryResults().get("gc.alloc.rate.norm");
            table.append(String.format(Locale.ROOT, "| `%s` | %.1f | ± %.1f | %,.0f | %.1f %% |%n", name,
                    primary.getScore(), primary.getScoreError(),
                    allocation == null ? Double.NaN : allocation.getScore(), 100 * primary.getScore() / render));
        }
        System.out.println();
        System.out.print(table);
    }
}

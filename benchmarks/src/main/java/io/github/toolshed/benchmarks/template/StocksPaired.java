package io.github.toolshed.benchmarks.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A supplement to {@link StocksBenchmark} for a shared, busy machine: renders the page with
 * Toolshed and Pebble in alternating 100 ms slices, so that load from other processes hits both
 * alike, and prints the median Toolshed/Pebble throughput ratio over all slice pairs. Run after
 * {@code package}:
 * {@code java -cp benchmarks/target/benchmarks.jar io.github.toolshed.benchmarks.template.StocksPaired [seconds]}.
 */
public final class StocksPaired {

    private StocksPaired() {}

    /**
     * Entry point.
     *
     * @param args optional measurement time in seconds (default 60)
     */
    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        StocksPages pages = new StocksPages();
        Supplier<String> toolshed = pages::renderToolshed;
        Supplier<String> pebble = pages::renderPebble;
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            slice(toolshed);
            slice(pebble);
        }
        List<Double> ratios = new ArrayList<>();
        long toolshedOps = 0;
        long pebbleOps = 0;
        deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            long t = slice(toolshed);
            long p = slice(pebble);
            toolshedOps += t;
            pebbleOps += p;
            if (p > 0) {
                ratios.add((double) t / p);
            }
        }
        ratios.sort(null);
        double median = ratios.isEmpty() ? Double.NaN : ratios.get(ratios.size() / 2);
        System.out.printf(Locale.ROOT, "toolshed %d renders, pebble %d renders in %d s of alternating slices%n",
                toolshedOps, pebbleOps, seconds);
        System.out.printf(Locale.ROOT, "median toolshed/pebble throughput ratio over %d slice pairs: %.2f%n",
                ratios.size(), median);
    }

    private static long slice(Supplier<String> engine) {
        long end = System.nanoTime() + 100_000_000L;
        long ops = 0;
        int sink = 0;
        while (System.nanoTime() < end) {
            sink += engine.get().length();
            ops++;
        }
        return sink == 0 ? -1 : ops;
    }
}

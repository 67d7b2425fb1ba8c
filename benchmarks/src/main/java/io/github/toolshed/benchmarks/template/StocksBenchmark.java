package io.github.toolshed.benchmarks.template;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Renders the "stocks" page (20 rows, loops, conditionals, HTML escaping) with Toolshed and its
 * peers, one compiled template per engine. {@code StocksPagesTest} first checks that every engine
 * renders the same page. Run:
 * {@code java -jar benchmarks/target/benchmarks.jar StocksBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StocksBenchmark {

    private StocksPages pages;

    /** Compiles the templates. */
    @Setup
    public void setUp() {
        pages = new StocksPages();
    }

    /** @return the page */
    @Benchmark
    public String toolshed() {
        return pages.renderToolshed();
    }

    /** @return the page */
    @Benchmark
    public String pebble() {
        return pages.renderPebble();
    }

    /** @return the page */
    @Benchmark
    public String freemarker() {
        return pages.renderFreemarker();
    }

    /** @return the page */
    @Benchmark
    public String mustache() {
        return pages.renderMustache();
    }

    /** @return the page */
    @Benchmark
    public String thymeleaf() {
        return pages.renderThymeleaf();
    }

    /** @return the page */
    @Benchmark
    public String jinjava() {
        return pages.renderJinjava();
    }
}

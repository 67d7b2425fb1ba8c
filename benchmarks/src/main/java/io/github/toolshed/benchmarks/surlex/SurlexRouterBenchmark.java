package io.github.toolshed.benchmarks.surlex;

import io.github.toolshed.surlex.RouteMatch;
import io.github.toolshed.surlex.Router;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Path dispatch over tables of 10, 100 and 1,000 realistic routes: surlex's indexed
 * {@link Router} against Spring's {@code PathPattern}s tried in order. Each operation dispatches
 * one path; the {@value #PATHS} sample paths are spread over the whole table and every tenth one
 * matches nothing. {@code RoutingEquivalenceTest} checks that both give the same route and
 * captures for every path before any number is trusted.
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar SurlexRouterBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SurlexRouterBenchmark {

    static final int PATHS = 100;

    /** Number of routes in the table. */
    @Param({"10", "100", "1000"})
    public int routes;

    private String[] paths;
    private Router<Integer> surlex;
    private SpringPathPatternRouter spring;

    /** Builds the table and both routers. */
    @Setup
    public void setUp() {
        RouteTable table = RouteTable.of(routes, PATHS);
        paths = table.paths().toArray(String[]::new);
        surlex = table.surlexRouter();
        spring = new SpringPathPatternRouter(table);
    }

    /**
     * Dispatches every sample path through surlex's router.
     *
     * @param bh sink for the results
     */
    @Benchmark
    @OperationsPerInvocation(PATHS)
    public void surlexRouter(Blackhole bh) {
        for (String path : paths) {
            RouteMatch<Integer> m = surlex.route(path).orElse(null);
            bh.consume(m == null ? null : m.captures());
        }
    }

    /**
     * Dispatches every sample path through Spring's PathPatterns in order.
     *
     * @param bh sink for the results
     */
    @Benchmark
    @OperationsPerInvocation(PATHS)
    public void springPathPatternsInOrder(Blackhole bh) {
        for (String path : paths) {
            bh.consume(spring.route(path));
        }
    }
}

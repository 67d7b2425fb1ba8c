package io.github.toolshed.benchmarks.surlex;

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
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Handler lookup for a table of 200 GET routes: {@code SurlexHandlerMapping} against Spring's
 * {@code RequestMappingHandlerMapping} with the equivalent {@code @GetMapping} patterns, both
 * pointing at the same controller method. One operation is one {@code getHandler(request)} on a
 * fresh request (as the DispatcherServlet does: Spring's mapping gets its parsed request path,
 * surlex decodes the path itself). {@code HandlerMappingEquivalenceTest} checks that both choose
 * the same route with the same variables for every path.
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar SurlexHandlerMappingBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SurlexHandlerMappingBenchmark {

    static final int PATHS = 100;

    /** Number of routes. */
    @Param({"200"})
    public int routes;

    private String[] paths;
    private HandlerMappings mappings;

    /** Builds the table and both mappings. */
    @Setup
    public void setUp() {
        RouteTable table = RouteTable.of(routes, PATHS);
        paths = table.paths().toArray(String[]::new);
        mappings = new HandlerMappings(table);
    }

    static MockHttpServletRequest request(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setServletPath(path);
        return request;
    }

    /**
     * Looks every sample path up in the surlex mapping.
     *
     * @param bh sink
     * @throws Exception never, in practice
     */
    @Benchmark
    @OperationsPerInvocation(PATHS)
    public void surlexHandlerMapping(Blackhole bh) throws Exception {
        for (String path : paths) {
            MockHttpServletRequest request = request(path);
            bh.consume(mappings.surlex().getHandler(request));
            bh.consume(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE));
        }
    }

    /**
     * Looks every sample path up in Spring's RequestMappingHandlerMapping.
     *
     * @param bh sink
     * @throws Exception never, in practice
     */
    @Benchmark
    @OperationsPerInvocation(PATHS)
    public void springRequestMappingHandlerMapping(Blackhole bh) throws Exception {
        for (String path : paths) {
            MockHttpServletRequest request = request(path);
            ServletRequestPathUtils.parseAndCache(request);
            bh.consume(mappings.spring().getHandler(request));
            bh.consume(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE));
        }
    }
}

package io.github.toolshed.benchmarks.surlex;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.toolshed.surlex.Route;
import io.github.toolshed.surlex.RouteMatch;
import io.github.toolshed.surlex.Router;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Before any number is trusted: every router of the benchmark gives the same route and captures. */
class RoutingEquivalenceTest {

    @ParameterizedTest
    @ValueSource(ints = {10, 100, 1000})
    void everyRouterDispatchesEveryPathToTheSameRoute(int size) {
        RouteTable table = RouteTable.of(size, SurlexRouterBenchmark.PATHS);
        Router<Integer> surlex = table.surlexRouter();
        SpringPathPatternRouter spring = new SpringPathPatternRouter(table);
        List<Route<Integer>> naive = table.surlexRoutes();
        List<String> paths = new ArrayList<>(table.paths());
        table.entries().forEach(e -> paths.add(e.samplePath()));
        int matched = 0;
        for (String path : paths) {
            RouteMatch<Integer> viaRouter = surlex.route(path).orElse(null);
            SpringPathPatternRouter.Result viaSpring = spring.route(path);
            Integer viaScan = null;
            for (Route<Integer> r : naive) {
                if (r.surlex().matches(path)) {
                    viaScan = r.value();
                    break;
                }
            }
            if (viaRouter == null) {
                assertThat(viaSpring).as(path).isNull();
                assertThat(viaScan).as(path).isNull();
                continue;
            }
            matched++;
            assertThat(viaSpring).as(path).isNotNull();
            assertThat(viaSpring.route()).as(path).isEqualTo(viaRouter.value()).isEqualTo(viaScan);
            assertThat(viaSpring.variables()).as(path).isEqualTo(Map.copyOf(viaRouter.captures()));
        }
        // Every route's own sample path matches, and 90 of the 100 spread paths do.
        assertThat(matched).isEqualTo(size + 90);
        for (int i = 0; i < size; i++) {
            assertThat(surlex.route(table.entries().get(i).samplePath()).orElseThrow().value()).isEqualTo(i);
        }
    }
}

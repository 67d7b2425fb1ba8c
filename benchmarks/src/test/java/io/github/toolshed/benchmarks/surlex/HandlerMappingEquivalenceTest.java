package io.github.toolshed.benchmarks.surlex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/** Before any number is trusted: both handler mappings pick the same route and variables for every path. */
class HandlerMappingEquivalenceTest {

    @Test
    void bothMappingsChooseTheSameRouteForEveryPath() throws Exception {
        RouteTable table = RouteTable.of(200, SurlexHandlerMappingBenchmark.PATHS);
        HandlerMappings mappings = new HandlerMappings(table);
        Map<String, Integer> routeOfPattern = new HashMap<>();
        for (int i = 0; i < table.entries().size(); i++) {
            routeOfPattern.put(table.entries().get(i).surlex(), i);
            for (String p : table.entries().get(i).springPatterns()) {
                routeOfPattern.put(p, i);
            }
        }
        List<String> paths = new ArrayList<>(table.paths());
        table.entries().forEach(e -> paths.add(e.samplePath()));
        int matched = 0;
        for (String path : paths) {
            MockHttpServletRequest viaSurlex = SurlexHandlerMappingBenchmark.request(path);
            HandlerExecutionChain surlexChain = mappings.surlex().getHandler(viaSurlex);
            MockHttpServletRequest viaSpring = SurlexHandlerMappingBenchmark.request(path);
            ServletRequestPathUtils.parseAndCache(viaSpring);
            HandlerExecutionChain springChain = mappings.spring().getHandler(viaSpring);
            if (surlexChain == null) {
                assertThat(springChain).as(path).isNull();
                continue;
            }
            matched++;
            assertThat(springChain).as(path).isNotNull();
            Object springPattern = viaSpring.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            String springText = springPattern instanceof PathPattern pp ? pp.getPatternString() : String.valueOf(springPattern);
            assertThat(routeOfPattern.get(springText)).as(path)
                    .isEqualTo(routeOfPattern.get((String) viaSurlex.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)))
                    .isNotNull();
            assertThat(viaSpring.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)).as(path)
                    .isEqualTo(viaSurlex.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE));
        }
        assertThat(matched).isEqualTo(200 + 90);
    }
}

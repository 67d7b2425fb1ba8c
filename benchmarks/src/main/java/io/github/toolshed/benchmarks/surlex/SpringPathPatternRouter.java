package io.github.toolshed.benchmarks.surlex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The peer of surlex's {@code Router}: Spring's {@link PathPattern}s tried in declaration order,
 * the first match winning, with its URI variables extracted.
 */
public final class SpringPathPatternRouter {

    /** A dispatch result: the route index and the extracted variables. */
    public record Result(int route, Map<String, String> variables) {}

    private final PathPattern[] patterns;
    private final int[] routeOf;

    /**
     * Parses every route's PathPatterns.
     *
     * @param table the route table
     */
    public SpringPathPatternRouter(RouteTable table) {
        PathPatternParser parser = new PathPatternParser();
        List<PathPattern> list = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int i = 0; i < table.entries().size(); i++) {
            for (String text : table.entries().get(i).springPatterns()) {
                list.add(parser.parse(text));
                owners.add(i);
            }
        }
        patterns = list.toArray(PathPattern[]::new);
        routeOf = owners.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Dispatches a path.
     *
     * @param path the request path
     * @return the first matching route and its variables, or {@code null}
     */
    public Result route(String path) {
        PathContainer container = PathContainer.parsePath(path);
        for (int i = 0; i < patterns.length; i++) {
            if (patterns[i].matches(container)) {
                PathPattern.PathMatchInfo info = patterns[i].matchAndExtract(container);
                return new Result(routeOf[i], info == null ? Map.of() : info.getUriVariables());
            }
        }
        return null;
    }
}

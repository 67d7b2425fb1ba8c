package io.github.toolshed.surlex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The router gives exactly what a naive in-order scan gives. */
class RouterPropertiesTest {

    private static final List<String> PATTERN_POOL = List.of(
            "/", "/blog/", "/blog", "/blog/<year:Y>/", "/blog/<year:Y>/(<month:M>/)", "/blog/<year:Y>/<month:M>/<day:d>/<slug:s>/",
            "/blog/<rest>", "/<slug:s>/", "/<slug:s>", "*", "/api/v<n:#>/items/", "/api/v1/items/<id:#>", "/api/v1/items/<id:u>",
            "/api/*", "/a", "/a/", "/a/b", "/a/<x>", "/a(/b)", "(/a)/b", "/<:s>/b/", "/static/*.css", "/blog/20<yy:y>/",
            "", "/x.y", "/x<y=\\.>y", "^/blog/<year:Y>/$", "/a+b", "/<a>/<b>/", "/blog/<year:Y>/<month:m>/");

    private static final List<String> PATH_POOL = List.of(
            "/", "", "/blog/", "/blog", "/blog/2009/", "/blog/2009/sep/", "/blog/2009/sep/06/surlex-released/",
            "/blog/x/y", "/about/", "/about", "/api/v1/items/", "/api/v2/items/", "/api/v1/items/42",
            "/api/v1/items/123e4567-e89b-12d3-a456-426614174000", "/api/other", "/a", "/a/", "/a/b", "/a/zz", "/b",
            "/q/b/", "/static/site.css", "/static/site.js", "/blog/2024/", "/x.y", "/xzy", "/a+b", "/aab", "/blog/2009/9/",
            "/1/2/");

    @Provide
    Arbitrary<List<Integer>> tables() {
        return Arbitraries.integers().between(0, PATTERN_POOL.size() - 1).list().ofMinSize(0).ofMaxSize(25);
    }

    @Provide
    Arbitrary<String> paths() {
        Arbitrary<String> pooled = Arbitraries.of(PATH_POOL);
        Arbitrary<String> random = Arbitraries.strings().withChars("/abxy0129.-+".toCharArray()).ofMaxLength(20);
        return Arbitraries.oneOf(pooled, random);
    }

    @Provide
    Arbitrary<List<String>> generatedPatterns() {
        Arbitrary<String> piece = Arbitraries.of("/", "/a", "/b", "x", ".", "+", "<v:#>", "<w:s>", "<y:Y>", "<z>", "*",
                "(/<o:#>)", "(/a)", "<=b+>", "<:m>", "\\*", "/a/b");
        Arbitrary<String> pattern = piece.list().ofMinSize(0).ofMaxSize(5).map(l -> String.join("", l));
        return pattern.list().ofMinSize(0).ofMaxSize(15);
    }

    @Provide
    Arbitrary<String> generatedPaths() {
        return Arbitraries.strings().withChars("/abx.+*12".toCharArray()).ofMaxLength(12);
    }

    @Property(tries = 2000)
    void route_onGeneratedPatterns_equalsNaiveInOrderScan(@ForAll("generatedPatterns") List<String> patterns,
            @ForAll("generatedPaths") String path) {
        List<Route<Integer>> routes = new ArrayList<>();
        for (String p : patterns) {
            try {
                routes.add(new Route<>(null, Surlex.compile(p), routes.size()));
            } catch (SurlexSyntaxException e) {
                // Generated pieces may repeat a capture name; such patterns are not routes.
            }
        }
        assertRouterEqualsScan(routes, path);
    }

    @Property(tries = 2000)
    void route_equalsNaiveInOrderScan(@ForAll("tables") List<Integer> table, @ForAll("paths") String path) {
        List<Route<Integer>> routes = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            routes.add(new Route<>(null, Surlex.compile(PATTERN_POOL.get(table.get(i))), i));
        }
        assertRouterEqualsScan(routes, path);
    }

    private static void assertRouterEqualsScan(List<Route<Integer>> routes, String path) {
        Router<Integer> router = Router.of(routes);
        Optional<RouteMatch<Integer>> expected = Optional.empty();
        for (Route<Integer> r : routes) {
            Optional<Map<String, String>> m = r.surlex().match(path);
            if (m.isPresent()) {
                expected = Optional.of(new RouteMatch<>(r, m.get()));
                break;
            }
        }
        assertThat(router.route(path)).isEqualTo(expected);
    }
}

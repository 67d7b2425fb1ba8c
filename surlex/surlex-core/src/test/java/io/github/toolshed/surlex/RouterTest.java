package io.github.toolshed.surlex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouterTest {

    private final Router<String> router = Router.<String>builder()
            .route("home", "/", "home")
            .route("blog_index", "/blog/", "index")
            .route("blog_archive", "/blog/<year:Y>/(<month:M>/)", "archive")
            .route("blog_post_detail", "/blog/<year:Y>/<month:M>/<day:d>/<slug:s>/", "detail")
            .route("blog_catch_all", "/blog/<rest>", "catch-all")
            .route("api_item", "/api/v1/items/<id:u>", "item")
            .route(null, "/static/*", "static")
            .route("page", "/<slug:s>/", "page")
            .build();

    @Test
    void route_dispatchesToTheMatchingRouteWithCaptures() {
        RouteMatch<String> m = router.route("/blog/2009/sep/06/surlex-released/").orElseThrow();
        assertThat(m.value()).isEqualTo("detail");
        assertThat(m.name()).isEqualTo("blog_post_detail");
        assertThat(m.captures()).containsExactly(Map.entry("year", "2009"), Map.entry("month", "sep"),
                Map.entry("day", "06"), Map.entry("slug", "surlex-released"));
    }

    @Test
    void route_firstDeclaredWins() {
        assertThat(router.route("/blog/2009/").orElseThrow().value()).isEqualTo("archive");
        assertThat(router.route("/blog/2009/sep/").orElseThrow().value()).isEqualTo("archive");
        assertThat(router.route("/blog/whatever/else").orElseThrow().value()).isEqualTo("catch-all");
        assertThat(router.route("/blog/").orElseThrow().value()).isEqualTo("index");
        Router<Integer> shadowing = Router.<Integer>builder().route("/<a>", 1).route("/x", 2).build();
        assertThat(shadowing.route("/x").orElseThrow().value()).isEqualTo(1);
    }

    @Test
    void route_literalRoutesAndWildcards() {
        assertThat(router.route("/").orElseThrow().value()).isEqualTo("home");
        assertThat(router.route("/static/css/site.css").orElseThrow().value()).isEqualTo("static");
        assertThat(router.route("/about/").orElseThrow().captures()).isEqualTo(Map.of("slug", "about"));
    }

    @Test
    void route_noMatch() {
        assertThat(router.route("/api/v1/items/not-a-uuid")).isEmpty();
        assertThat(router.route("")).isEmpty();
        assertThat(router.route("/a/b/c")).isEmpty();
    }

    @Test
    void reverse_byName() {
        assertThat(router.reverse("blog_archive", Map.of("year", 2009))).isEqualTo("/blog/2009/");
        assertThat(router.reverse("blog_archive", Map.of("year", 2009, "month", "sep"))).isEqualTo("/blog/2009/sep/");
        assertThat(router.reverse("home", Map.of())).isEqualTo("/");
    }

    @Test
    void reverse_errorsNameTheRouteAndParameter() {
        assertThatThrownBy(() -> router.reverse("blog_post_detail", Map.of("year", 2009)))
                .isInstanceOf(NoReverseMatchException.class)
                .hasMessageStartingWith("route 'blog_post_detail': missing parameter 'month'")
                .satisfies(e -> {
                    NoReverseMatchException n = (NoReverseMatchException) e;
                    assertThat(n.route()).isEqualTo("blog_post_detail");
                    assertThat(n.parameter()).isEqualTo("month");
                });
        assertThatThrownBy(() -> router.reverse("nope", Map.of()))
                .isInstanceOf(NoReverseMatchException.class)
                .hasMessageStartingWith("route 'nope': no route has this name (known: [api_item, blog_archive,");
    }

    @Test
    void duplicateRouteNames_areRefused() {
        assertThatThrownBy(() -> Router.<String>builder().route("a", "/x", "1").route("a", "/y", "2").build())
                .isInstanceOf(SurlexException.class)
                .hasMessage("route name 'a' is used twice: by '/x' and by '/y'");
    }

    @Test
    void include_prefixesAGroup() {
        Router<String> r = Router.<String>builder()
                .include("/api/v1", g -> g.route("users", "/users/<id:#>", "user").route("/health", "health"))
                .build();
        assertThat(r.route("/api/v1/users/3").orElseThrow().captures()).isEqualTo(Map.of("id", "3"));
        assertThat(r.reverse("users", Map.of("id", 3))).isEqualTo("/api/v1/users/3");
        assertThat(r.routes()).hasSize(2);
    }

    @Test
    void customMacros_applyToStringPatterns() {
        Router<String> r = Router.<String>builder(MacroRegistry.defaults().with("lang", "en|de"))
                .route("/<lang:lang>/", "l").build();
        assertThat(r.route("/de/")).isPresent();
        assertThat(r.route("/fr/")).isEmpty();
    }

    @Test
    void longLiteralPrefixes_beyondTheIndexedDepth_stillDispatchExactly() {
        String longA = "/" + "a".repeat(RouteIndex.MAX_DEPTH * 2);
        Router<String> r = Router.<String>builder()
                .route(longA + "x", "x").route(longA + "y", "y").route(longA + "<n:#>", "n").build();
        assertThat(r.route(longA + "y").orElseThrow().value()).isEqualTo("y");
        assertThat(r.route(longA + "x").orElseThrow().value()).isEqualTo("x");
        assertThat(r.route(longA + "42").orElseThrow().value()).isEqualTo("n");
        assertThat(r.route(longA + "z")).isEmpty();
    }

    @Test
    void manyRoutes_eachPathFindsItsOwnRoute() {
        Router.Builder<Integer> b = Router.builder();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            b.route("r" + i, "/app" + i + "/<year:Y>/<slug:s>/", i);
            paths.add("/app" + i + "/2024/post-" + i + "/");
        }
        Router<Integer> r = b.build();
        for (int i = 0; i < 1000; i++) {
            assertThat(r.route(paths.get(i)).orElseThrow().value()).isEqualTo(i);
            assertThat(r.reverse("r" + i, Map.of("year", 2024, "slug", "post-" + i))).isEqualTo(paths.get(i));
        }
    }

    @Test
    void catastrophicBacktracking_isCutShort() {
        Router<String> r = Router.<String>builder().route("/<a>/<b>/<c>/<n:#>/", "abc").build();
        String evil = "/" + "a/".repeat(4000);
        assertThatThrownBy(() -> r.route(evil))
                .isInstanceOf(MatchLimitExceededException.class)
                .hasMessageStartingWith("matching a path of 8001 characters against '/<a>/<b>/<c>/<n:#>/' took too many steps");
        assertThat(r.route("/x/y/z/1/").orElseThrow().captures())
                .isEqualTo(Map.of("a", "x", "b", "y", "c", "z", "n", "1"));
        String longButFine = "/" + "a/".repeat(4000) + "1/";
        assertThat(r.route(longButFine)).isPresent();
    }

    @Test
    void hugePath_isHandled() {
        String huge = "/blog/" + "x".repeat(1_000_000) + "/";
        assertThat(router.route(huge).orElseThrow().value()).isEqualTo("catch-all");
    }
}

package io.github.toolshed.surlex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every example of the "Introduction to Surlex" post, in Toolshed's regex dialect. */
class SurlexPostExamplesTest {

    @Test
    void basicCapture_matchesYear() {
        Surlex s = Surlex.compile("/blog/<year>/");
        assertThat(s.regex()).isEqualTo("/blog/(?<year>.+)/");
        assertThat(s.match("/blog/2009/")).contains(Map.of("year", "2009"));
    }

    @Test
    void matchFunction_compilesAndMatches() {
        assertThat(Surlex.match("/blog/<year>/", "/blog/2009/")).contains(Map.of("year", "2009"));
        assertThat(Surlex.match("/blog/<year>/", "/news/2009/")).isEmpty();
    }

    @Test
    void twoCaptures_matchYearAndMonthInPatternOrder() {
        Map<String, String> m = Surlex.match("/blog/<year>/<month>/", "/blog/2009/09/").orElseThrow();
        assertThat(m).containsExactly(Map.entry("year", "2009"), Map.entry("month", "09"));
    }

    @Test
    void embeddedRegex_capturesDigitsOnly() {
        Surlex s = Surlex.compile("<number=[0-9]+>");
        assertThat(s.regex()).isEqualTo("(?<number>[0-9]+)");
        assertThat(s.match("2009")).contains(Map.of("number", "2009"));
        assertThat(s.match("these-letters")).isEmpty();
    }

    @Test
    void embeddedRegex_escapedRightAngleBracketStandsForBracket() {
        Surlex s = Surlex.compile("<arrow=-\\>+>");
        assertThat(s.regex()).isEqualTo("(?<arrow>->+)");
        assertThat(s.match("->>")).contains(Map.of("arrow", "->>"));
    }

    @Test
    void embeddedRegex_otherBackslashSequencesAreKept() {
        Surlex s = Surlex.compile("/<n=\\d+\\.\\d+>/");
        assertThat(s.regex()).isEqualTo("/(?<n>\\d+\\.\\d+)/");
        assertThat(s.match("/1.5/")).contains(Map.of("n", "1.5"));
        assertThat(s.match("/1x5/")).isEmpty();
    }

    @Test
    void slugMacro_producesSlugRegex() {
        Surlex s = Surlex.compile("/blog/<slug:s>/");
        assertThat(s.regex()).isEqualTo("/blog/(?<slug>[\\w-]+)/");
        assertThat(s.groupMacros()).isEqualTo(Map.of("slug", "s"));
        assertThat(s.match("/blog/surlex-released/")).contains(Map.of("slug", "surlex-released"));
        assertThat(s.match("/blog/not a slug/")).isEmpty();
    }

    @Test
    void builtInMacros_matchWhatTheTableSays() {
        assertMacro("Y", List.of("2009", "0001"), List.of("209", "20090", "abcd"));
        assertMacro("y", List.of("09", "99"), List.of("9", "2009"));
        assertMacro("M", List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
                List.of("sept", "Jan", "foo", "09"));
        assertMacro("m", List.of("1", "09", "9", "12", "10"), List.of("0", "00", "13", "123", "sep"));
        assertMacro("d", List.of("1", "06", "31", "29", "10"), List.of("0", "32", "40", "123"));
        assertMacro("#", List.of("0", "42", "1234567890"), List.of("", "4a", "-1"));
        assertMacro("s", List.of("surlex-released", "a_b", "x"), List.of("a/b", "a b", "a.b"));
        assertMacro("u", List.of("123e4567-e89b-12d3-a456-426614174000", "123E4567E89B12D3A456426614174000"),
                List.of("123e4567-e89b-12d3-a456-42661417400", "g23e4567-e89b-12d3-a456-426614174000"));
    }

    private static void assertMacro(String macro, List<String> good, List<String> bad) {
        Surlex s = Surlex.compile("<v:" + macro + ">");
        good.forEach(v -> assertThat(s.match(v)).as("%s matches %s", macro, v).contains(Map.of("v", v)));
        bad.forEach(v -> assertThat(s.match(v)).as("%s rejects %s", macro, v).isEmpty());
    }

    @Test
    void completeBlogEntryExample_producesTheDictionaryOfThePost() {
        Surlex s = Surlex.compile("/blog/<year:Y>/<month:M>/<day:d>/<slug:s>/");
        assertThat(s.regex()).isEqualTo("/blog/(?<year>\\d{4})/(?<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/"
                + "(?<day>0?[1-9]|[12][0-9]|3[01])/(?<slug>[\\w-]+)/");
        assertThat(s.match("/blog/2009/sep/06/surlex-released/").orElseThrow()).containsExactly(
                Map.entry("year", "2009"), Map.entry("month", "sep"), Map.entry("day", "06"),
                Map.entry("slug", "surlex-released"));
        assertThat(s.groupMacros()).containsExactly(
                Map.entry("year", "Y"), Map.entry("month", "M"), Map.entry("day", "d"), Map.entry("slug", "s"));
    }

    @Test
    void customEmailMacro_fromAnExplicitRegistry() {
        String email = "\\b[A-Z0-9._%+-]+@[A-Z0-9.-]+\\.[A-Z]{2,4}\\b";
        Surlex s = Surlex.compile("/email-to/<:e>/", MacroRegistry.defaults().with("e", email));
        assertThat(s.regex()).isEqualTo("/email-to/(?:" + email + ")/");
        assertThat(s.match("/email-to/JOE@EXAMPLE.COM/")).contains(Map.of());
        assertThat(s.match("/email-to/nobody/")).isEmpty();
    }

    @Test
    void nonCapturingRegexAndMacro_matchWithoutCapturing() {
        assertThat(Surlex.toRegex("<=[0-9]+>")).isEqualTo("(?:[0-9]+)");
        assertThat(Surlex.toRegex("<:s>")).isEqualTo("(?:[\\w-]+)");
        assertThat(Surlex.compile("/<=[0-9]+>/").match("/2009/")).contains(Map.of());
        assertThat(Surlex.compile("/<:s>/").match("/a-slug/")).contains(Map.of());
    }

    @Test
    void optionalSection_matchesWithAndWithoutIt() {
        Surlex s = Surlex.compile("/blog/(<year>/)");
        assertThat(s.regex()).isEqualTo("/blog/(?:(?<year>.+)/)?");
        assertThat(s.match("/blog/")).contains(Map.of());
        assertThat(s.match("/blog/2009/")).contains(Map.of("year", "2009"));
    }

    @Test
    void wildcard_matchesAnyFileWithADot() {
        Surlex s = Surlex.compile("/*.*");
        assertThat(s.regex()).isEqualTo("/.*\\..*");
        assertThat(s.matches("/robots.txt")).isTrue();
        assertThat(s.matches("/anything.html")).isTrue();
        assertThat(s.matches("/no-dot")).isFalse();
    }

    @Test
    void caretAndDollar_areKeptAsAnchors() {
        Surlex s = Surlex.compile("^only-this$");
        assertThat(s.regex()).isEqualTo("^only-this$");
        assertThat(s.matchPrefix("only-this")).contains(Map.of());
        assertThat(s.matchPrefix("only-this-and-more")).isEmpty();
        assertThat(Surlex.compile("^only-this").matchPrefix("only-this-and-more")).contains(Map.of());
    }

    @Test
    void djangoSurlExample_routesAndReversesByName() {
        Router<String> router = Router.<String>builder()
                .route("blog_post_detail", "^blog/<year:Y>/<month:M>/<day:d>/<slug:s>/$", "post_detail")
                .build();
        RouteMatch<String> m = router.route("blog/2009/sep/06/surlex-released/").orElseThrow();
        assertThat(m.value()).isEqualTo("post_detail");
        assertThat(m.captures()).containsEntry("slug", "surlex-released");
        assertThat(router.reverse("blog_post_detail",
                Map.of("year", 2009, "month", "sep", "day", "06", "slug", "surlex-released")))
                .isEqualTo("blog/2009/sep/06/surlex-released/");
    }

    @Test
    void generatedRegex_isAValidJavaPattern() {
        Surlex s = Surlex.compile("/blog/<year:Y>/(<month:M>/(<day:d>/))");
        assertThat(Pattern.compile(s.regex()).matcher("/blog/2009/sep/").matches()).isTrue();
    }
}

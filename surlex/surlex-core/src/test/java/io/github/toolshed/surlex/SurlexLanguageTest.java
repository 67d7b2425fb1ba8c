package io.github.toolshed.surlex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every form of the language beyond the post's examples: escaping, nesting, names, prefix matching. */
class SurlexLanguageTest {

    @Test
    void regexMetacharactersInLiteralText_areLiteral() {
        Surlex s = Surlex.compile("/a+b/file[1].{x}|y?");
        assertThat(s.matches("/a+b/file[1].{x}|y?")).isTrue();
        assertThat(s.matches("/aab/file1x{x}|y")).isFalse();
        assertThat(s.regex()).isEqualTo("/a\\+b/file\\[1\\]\\.\\{x\\}\\|y\\?");
    }

    @Test
    void backslashOutsideCaptures_makesTheNextCharacterLiteral() {
        Surlex s = Surlex.compile("/\\<b\\>/\\(x\\)/\\*/\\\\");
        assertThat(s.matches("/<b>/(x)/*/\\")).isTrue();
        assertThat(s.names()).isEmpty();
    }

    @Test
    void caretAndDollarInTheMiddle_areLiteral() {
        Surlex s = Surlex.compile("/a^b$c/");
        assertThat(s.matches("/a^b$c/")).isTrue();
        assertThat(Surlex.compile("/price\\$").matches("/price$")).isTrue();
        assertThat(Surlex.compile("/price\\$").matchPrefix("/price$more")).isPresent();
    }

    @Test
    void nestedOptionalSections_matchEachDepth() {
        Surlex s = Surlex.compile("/archive/(<year:Y>/(<month:m>/(<day:d>/)))");
        assertThat(s.match("/archive/")).contains(Map.of());
        assertThat(s.match("/archive/2009/")).contains(Map.of("year", "2009"));
        assertThat(s.match("/archive/2009/9/")).contains(Map.of("year", "2009", "month", "9"));
        assertThat(s.match("/archive/2009/09/06/")).contains(Map.of("year", "2009", "month", "09", "day", "06"));
        assertThat(s.match("/archive/2009/09/06/x/")).isEmpty();
    }

    @Test
    void namesWithUnderscores_areReportedAsTheUserWroteThem() {
        Surlex s = Surlex.compile("/posts/<post_id:#>/<_x>/<postid>/");
        assertThat(s.names()).containsExactly("post_id", "_x", "postid");
        assertThat(s.match("/posts/7/a/b/").orElseThrow())
                .containsExactly(Map.entry("post_id", "7"), Map.entry("_x", "a"), Map.entry("postid", "b"));
        assertThat(s.reverse(Map.of("post_id", 7, "_x", "a", "postid", "b"))).isEqualTo("/posts/7/a/b/");
    }

    @Test
    void match_isWholeString_whileMatchPrefixIsAnchoredAtTheStartOnly() {
        Surlex s = Surlex.compile("/blog/<year:Y>/");
        assertThat(s.match("/blog/2009/extra")).isEmpty();
        assertThat(s.match("x/blog/2009/")).isEmpty();
        assertThat(s.matchPrefix("/blog/2009/extra")).contains(Map.of("year", "2009"));
        assertThat(s.matchPrefix("x/blog/2009/")).isEmpty();
    }

    @Test
    void captureOfAbsentOptional_isLeftOut() {
        Map<String, String> m = Surlex.compile("/a(/<b>)").match("/a").orElseThrow();
        assertThat(m).isEmpty();
    }

    @Test
    void emptyPatternAndAnchorsOnly_matchTheEmptyString() {
        assertThat(Surlex.compile("").matches("")).isTrue();
        assertThat(Surlex.compile("^$").matches("")).isTrue();
        assertThat(Surlex.compile("^").matches("x")).isFalse();
    }

    @Test
    void emptyOptionalSection_compiles() {
        assertThat(Surlex.compile("/a()/").matches("/a/")).isTrue();
    }

    @Test
    void unterminatedQuoteInEmbeddedRegex_doesNotSwallowTheRest() {
        Surlex s = Surlex.compile("/<x=\\Qa.b>/tail");
        assertThat(s.match("/a.b/tail")).contains(Map.of("x", "a.b"));
        assertThat(s.match("/a.b/tailtail")).isEmpty();
    }

    @Test
    void equalsAndToString_followTheSourceText() {
        assertThat(Surlex.compile("/a/<b>/")).isEqualTo(Surlex.compile("/a/<b>/"));
        assertThat(Surlex.compile("/a/<b>/")).isNotEqualTo(Surlex.compile("/a/<c>/"));
        assertThat(Surlex.compile("/a/<b>/")).hasToString("/a/<b>/");
    }

    @Test
    void compiledSurlex_isSafeToShareBetweenThreads() throws Exception {
        Surlex s = Surlex.compile("/blog/<year:Y>/<slug:s>/");
        try (var executor = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
            for (int i = 0; i < 200; i++) {
                String year = String.valueOf(1000 + i);
                futures.add(executor.submit(() -> s.match("/blog/" + year + "/p" + year + "/")
                        .equals(java.util.Optional.of(Map.of("year", year, "slug", "p" + year)))));
            }
            for (var f : futures) {
                assertThat(f.get()).isTrue();
            }
        }
    }
}

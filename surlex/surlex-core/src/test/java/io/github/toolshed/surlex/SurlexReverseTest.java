package io.github.toolshed.surlex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurlexReverseTest {

    private final Surlex post = Surlex.compile("/blog/<year:Y>/<month:M>/<day:d>/<slug:s>/");

    @Test
    void reverse_buildsTheUrl() {
        assertThat(post.reverse(Map.of("year", "2009", "month", "sep", "day", "06", "slug", "surlex-released")))
                .isEqualTo("/blog/2009/sep/06/surlex-released/");
    }

    @Test
    void reverse_acceptsNonStringValues() {
        assertThat(Surlex.compile("/p/<id:#>/").reverse(Map.of("id", 42))).isEqualTo("/p/42/");
    }

    @Test
    void reverse_missingParameter_namesIt() {
        assertThatThrownBy(() -> post.reverse(Map.of("year", "2009", "month", "sep", "day", "06")))
                .isInstanceOf(NoReverseMatchException.class)
                .hasMessage("missing parameter 'slug' for '/blog/<year:Y>/<month:M>/<day:d>/<slug:s>/'")
                .extracting(e -> ((NoReverseMatchException) e).parameter()).isEqualTo("slug");
    }

    @Test
    void reverse_invalidValue_namesParameterAndMacro() {
        assertThatThrownBy(() -> post.reverse(Map.of("year", "09", "month", "sep", "day", "06", "slug", "x")))
                .isInstanceOf(NoReverseMatchException.class)
                .hasMessage("parameter 'year' = '09' does not match macro 'Y' (\\d{4}) in "
                        + "'/blog/<year:Y>/<month:M>/<day:d>/<slug:s>/'");
    }

    @Test
    void reverse_unknownParameter_isRefused() {
        assertThatThrownBy(() -> Surlex.compile("/a/<b>/").reverse(Map.of("b", "1", "c", "2")))
                .isInstanceOf(NoReverseMatchException.class)
                .hasMessage("unknown parameter 'c' for '/a/<b>/' (its captures are [b])");
    }

    @Test
    void reverse_injectionThroughValue_isRejectedByTheCaptureRegex() {
        assertThatThrownBy(() -> post.reverse(Map.of("year", "2009", "month", "sep", "day", "06",
                "slug", "../../etc/passwd")))
                .isInstanceOf(NoReverseMatchException.class)
                .hasMessageContaining("parameter 'slug'");
    }

    @Test
    void reverse_optionalSectionsAppearWhenTheirCapturesAreGiven() {
        Surlex s = Surlex.compile("/archive/(<year:Y>/(<month:m>/))");
        assertThat(s.reverse(Map.of())).isEqualTo("/archive/");
        assertThat(s.reverse(Map.of("year", "2009"))).isEqualTo("/archive/2009/");
        assertThat(s.reverse(Map.of("year", "2009", "month", "9"))).isEqualTo("/archive/2009/9/");
        assertThatThrownBy(() -> s.reverse(Map.of("month", "9")))
                .isInstanceOf(NoReverseMatchException.class)
                .hasMessage("missing parameter 'year' for '/archive/(<year:Y>/(<month:m>/))'");
    }

    @Test
    void reverse_nullValuesCountAsAbsent() {
        Map<String, Object> values = new HashMap<>();
        values.put("year", null);
        assertThat(Surlex.compile("/archive/(<year:Y>/)").reverse(values)).isEqualTo("/archive/");
    }

    @Test
    void reverse_wildcardsAndAnchorsProduceNothing() {
        assertThat(Surlex.compile("^/files/<name:s>*$").reverse(Map.of("name", "a"))).isEqualTo("/files/a");
    }

    @Test
    void reverse_nonCapturingElementThatNeedsText_isRefused() {
        assertThatThrownBy(() -> Surlex.compile("/<:#>/").reverse(Map.of()))
                .isInstanceOf(NoReverseMatchException.class)
                .hasMessageContaining("non-capturing element at position 1");
        assertThat(Surlex.compile("/<=x*>/").reverse(Map.of())).isEqualTo("//");
    }

    @Test
    void reverse_ambiguousGreedySplit_isRefused() {
        Surlex s = Surlex.compile("/<a>/<b>/");
        assertThat(s.reverse(Map.of("a", "x", "b", "y"))).isEqualTo("/x/y/");
        assertThatThrownBy(() -> s.reverse(Map.of("a", "x", "b", "y/z")))
                .isInstanceOf(NoReverseMatchException.class)
                .hasMessageContaining("matches '/<a>/<b>/' as {a=x/y, b=z}");
    }

    @Test
    void reverse_literalTextIsWrittenAsIs() {
        assertThat(Surlex.compile("/a+b/\\<c\\>/<x:#>").reverse(Map.of("x", 1))).isEqualTo("/a+b/<c>/1");
    }
}

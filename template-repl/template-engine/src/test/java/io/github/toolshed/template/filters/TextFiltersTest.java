package io.github.toolshed.template.filters;

import static io.github.toolshed.template.filters.FilterCalls.call;
import static io.github.toolshed.template.filters.FilterCalls.render;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.toolshed.template.SafeString;
import io.github.toolshed.template.TemplateRenderError;
import io.github.toolshed.template.python.PyTuple;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextFiltersTest {

    @Test
    void addslashes_escapesQuotesAndBackslashes() {
        assertThat(call("addslashes", "\"double quotes\" and 'single quotes'"))
                .isEqualTo("\\\"double quotes\\\" and \\'single quotes\\'");
        assertThat(call("addslashes", "\\ : backslashes, too")).isEqualTo("\\\\ : backslashes, too");
        assertThat(call("addslashes", 123)).isEqualTo("123");
    }

    @Test
    void capfirst_upperCasesOnlyTheFirstCharacter() {
        assertThat(call("capfirst", "hello world")).isEqualTo("Hello world");
        assertThat(call("capfirst", "")).isEqualTo("");
        assertThat(call("capfirst", "élan")).isEqualTo("Élan");
        assertThat(call("capfirst", 5)).isEqualTo("5");
        assertThat(render("capfirst", "fred>", null, true)).isEqualTo("Fred&gt;");
        assertThat(render("capfirst", SafeString.of("fred&gt;"), null, true)).isEqualTo("Fred&gt;");
    }

    @Test
    void center_ljust_rjust_padLikePython() {
        assertThat(call("center", "test", "6")).isEqualTo(" test ");
        assertThat(call("center", "a&b", 5L)).isEqualTo(" a&b ");
        assertThat(call("center", "ab", 5L)).isEqualTo("  ab ");
        assertThat(call("center", "abc", 6L)).isEqualTo(" abc  ");
        assertThat(call("center", 123, 5L)).isEqualTo(" 123 ");
        assertThat(call("ljust", "test", 10L)).isEqualTo("test      ");
        assertThat(call("ljust", "test", 3L)).isEqualTo("test");
        assertThat(call("rjust", "test", 10L)).isEqualTo("      test");
        assertThat(call("rjust", 123, 4L)).isEqualTo(" 123");
        assertThat(call("rjust", "ñ", -5L)).isEqualTo("ñ");
        assertThatThrownBy(() -> call("center", "x", 2_000_000_000L))
                .isInstanceOfSatisfying(TemplateRenderError.class, e -> assertThat(e.kind()).isEqualTo("MemoryError"));
        assertThatThrownBy(() -> call("ljust", "x", "99999999999999999999"))
                .isInstanceOfSatisfying(TemplateRenderError.class, e -> assertThat(e.kind()).isEqualTo("OverflowError"));
        assertThatThrownBy(() -> call("stringformat", "x", "999999999s"))
                .isInstanceOfSatisfying(TemplateRenderError.class, e -> assertThat(e.kind()).isEqualTo("MemoryError"));
        assertThatThrownBy(() -> call("center", "x", "wide"))
                .isInstanceOfSatisfying(TemplateRenderError.class, e -> assertThat(e.kind()).isEqualTo("ValueError"));
    }

    @Test
    void cut_removesEveryOccurrenceAndKeepsSafetyUnlessCuttingSemicolons() {
        assertThat(call("cut", "a string to be mangled", "a")).isEqualTo(" string to be mngled");
        assertThat(call("cut", "a string to be mangled", "ng")).isEqualTo("a stri to be maled");
        assertThat(call("cut", 123, "2")).isEqualTo("13");
        assertThat(call("cut", SafeString.of("x&amp;y"), "x")).isEqualTo(SafeString.of("&amp;y"));
        assertThat(call("cut", SafeString.of("x&amp;y"), ";")).isEqualTo("x&ampy");
    }

    @Test
    void lower_upper_title() {
        assertThat(call("lower", "Apple & BANANA")).isEqualTo("apple & banana");
        assertThat(call("upper", "ë & b")).isEqualTo("Ë & B");
        assertThat(call("title", "a nice title, isn't it?")).isEqualTo("A Nice Title, Isn't It?");
        assertThat(call("title", "JOE'S CRAB SHACK")).isEqualTo("Joe's Crab Shack");
        assertThat(call("title", "555 WEST 53RD STREET")).isEqualTo("555 West 53rd Street");
        assertThat(call("title", "discothèque")).isEqualTo("Discothèque");
        assertThat(call("title", "straße ßig ﬁne ǆungla")).isEqualTo("Straße Ssig Fine ǅungla");
        assertThat(call("title", "ΣΑΣ ΟΔΟΣ.")).isEqualTo("Σας Οδος.");
        assertThat(render("upper", SafeString.of("a &amp; b"), null, true)).isEqualTo("A &amp;AMP; B");
        assertThat(render("lower", SafeString.of("A &amp; B"), null, true)).isEqualTo("a &amp; b");
    }

    @Test
    void makeList_splitsTextIntoCharacters() {
        assertThat(call("make_list", "abc")).isEqualTo(List.of("a", "b", "c"));
        assertThat(call("make_list", 1234)).isEqualTo(List.of("1", "2", "3", "4"));
        assertThat(call("make_list", "😀x")).isEqualTo(List.of("😀", "x"));
        assertThat(render("make_list", SafeString.of("&"), null, true)).isEqualTo("[&#x27;&amp;&#x27;]");
    }

    @Test
    void phone2numeric_mapsLettersToKeypadDigits() {
        assertThat(call("phone2numeric", "0800 flowers")).isEqualTo("0800 3569377");
        assertThat(call("phone2numeric", "<1-800-call-me>")).isEqualTo("<1-800-2255-63>");
    }

    @Test
    void slugify_foldsAccentsAndDropsPunctuation() {
        assertThat(call("slugify", " Jack & Jill like numbers 1,2,3 and 4 and silly characters ?%.$!/"))
                .isEqualTo("jack-jill-like-numbers-123-and-4-and-silly-characters");
        assertThat(call("slugify", "Un éléphant à l'orée du bois")).isEqualTo("un-elephant-a-loree-du-bois");
        assertThat(call("slugify", "__strip_me--")).isEqualTo("strip_me");
        assertThat(call("slugify", "你好")).isEqualTo("");
        assertThat(call("slugify", 123)).isEqualTo("123");
        assertThat(call("slugify", "<script>alert(1)</script>")).isEqualTo("scriptalert1script");
    }

    @Test
    void wordcount_countsWhitespaceSeparatedWords() {
        assertThat(call("wordcount", "")).isEqualTo(0);
        assertThat(call("wordcount", "oneword")).isEqualTo(1);
        assertThat(call("wordcount", "lots of words")).isEqualTo(3);
        assertThat(call("wordcount", "  tabs\tand\nnewlines\u00a0nbsp ")).isEqualTo(4);
        assertThat(call("wordcount", 123)).isEqualTo(1);
    }

    @Test
    void wordwrap_breaksAtSpacesKeepingLongWords() {
        assertThat(call("wordwrap", "this is a long paragraph of text that really needs to be wrapped I'm afraid", 14L))
                .isEqualTo("this is a long\nparagraph of\ntext that\nreally needs\nto be wrapped\nI'm afraid");
        assertThat(call("wordwrap", "this is a short paragraph of text.\n  But this line should be indented", 14L))
                .isEqualTo("this is a\nshort\nparagraph of\ntext.\n  But this\nline should be\nindented");
        assertThat(call("wordwrap", "this is a short paragraph of text.\n  But this line should be indented", 15L))
                .isEqualTo("this is a short\nparagraph of\ntext.\n  But this line\nshould be\nindented");
        assertThat(call("wordwrap", "supercalifragilistic word", 5L)).isEqualTo("supercalifragilistic\nword");
        assertThat(call("wordwrap", 123, 2L)).isEqualTo("123");
        assertThat(call("wordwrap", "a b", 0L)).isEqualTo("a\nb");
        String longText = "this is a long paragraph of text that really needs to be wrapped I'm afraid ".repeat(20_000);
        String wrapped = (String) call("wordwrap", longText, 20L);
        assertThat(wrapped.replace('\n', ' ')).isEqualTo(longText);
        assertThat(wrapped).startsWith("this is a long\nparagraph of text\nthat really needs to\nbe wrapped I'm\nafraid this is a");
    }

    @Test
    void stringformat_usesPythonPercentFormatting() {
        assertThat(call("stringformat", 1, "03d")).isEqualTo("001");
        assertThat(call("stringformat", PyTuple.of(1, 2, 3), "s")).isEqualTo("(1, 2, 3)");
        assertThat(call("stringformat", PyTuple.of(1, 2, 3), "d")).isEqualTo("");
        assertThat(call("stringformat", 1, "z")).isEqualTo("");
        assertThat(call("stringformat", null, "d")).isEqualTo("");
        assertThat(call("stringformat", "a<b", "5s")).isEqualTo("  a<b");
        assertThat(call("stringformat", "abc", "-5s|")).isEqualTo("abc  |");
        assertThat(call("stringformat", 3.14159, ".2f")).isEqualTo("3.14");
        assertThat(call("stringformat", 2.5, ".0f")).isEqualTo("2");
        assertThat(call("stringformat", 255L, "#x")).isEqualTo("0xff");
        assertThat(call("stringformat", 255L, "X")).isEqualTo("FF");
        assertThat(call("stringformat", -42L, "+05d")).isEqualTo("-0042");
        assertThat(call("stringformat", 42L, "+d")).isEqualTo("+42");
        assertThat(call("stringformat", 1234.5, "e")).isEqualTo("1.234500e+03");
        assertThat(call("stringformat", 0.0001234, "g")).isEqualTo("0.0001234");
        assertThat(call("stringformat", 123456789.0, "g")).isEqualTo("1.23457e+08");
        assertThat(call("stringformat", new BigDecimal("1.5"), "d")).isEqualTo("1");
        assertThat(call("stringformat", "x", "d")).isEqualTo("");
        assertThat(call("stringformat", "abc", "r")).isEqualTo("'abc'");
        assertThat(call("stringformat", Double.NaN, "f")).isEqualTo("nan");
        assertThat(call("stringformat", Double.NEGATIVE_INFINITY, "F")).isEqualTo("-INF");
        assertThat(call("stringformat", 65L, "c")).isEqualTo("A");
        assertThat(call("stringformat", "abc", ".1s")).isEqualTo("a");
        assertThat(call("stringformat", "x", "s%s")).isEqualTo("");
        assertThat(call("stringformat", Map.of("k", "v"), "(k)s")).isEqualTo("v");
        assertThat(call("stringformat", 5L, "%")).isEqualTo("");
        assertThat(call("stringformat", List.of(1L, 2L), "%")).isEqualTo("%");
        assertThat(call("stringformat", List.of(1L, 2L), "s")).isEqualTo("[1, 2]");
    }
}

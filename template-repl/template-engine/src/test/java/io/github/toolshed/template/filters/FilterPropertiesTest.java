package io.github.toolshed.template.filters;

import static io.github.toolshed.template.filters.FilterCalls.call;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the filters over arbitrary, hostile input. */
class FilterPropertiesTest {

    @Provide
    Arbitrary<String> htmlish() {
        Arbitrary<String> pieces = Arbitraries.of(
                "<", ">", "&", "\"", "'", "a", "b", " ", "\n", "\r\n", ".", "@", ":", "/", "http://", "www.", "x.com",
                "(", ")", "[", "]", ";", "&amp;", "&lt;", "<a href=\"", "javascript:", "é", "😀", "<script>", "</p>", "!");
        return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
    }

    private static String withoutGeneratedLinks(String html) {
        return html.replaceAll("<a href=\"[^\"<>]*\"( rel=\"nofollow\")?>", "").replace("</a>", "");
    }

    @Property(tries = 300)
    void urlize_neverLetsInputMarkupThrough(@ForAll("htmlish") String text) {
        String out = call("urlize", text).toString();
        assertThat(withoutGeneratedLinks(out)).doesNotContain("<", ">", "\"");
    }

    @Property(tries = 300)
    void urlizetrunc_neverLetsInputMarkupThrough(@ForAll("htmlish") String text, @ForAll @IntRange(min = 0, max = 30) int limit) {
        String out = call("urlizetrunc", text, (long) limit).toString();
        assertThat(withoutGeneratedLinks(out)).doesNotContain("<", ">", "\"");
    }

    @Property(tries = 300)
    void linebreaks_escapeEverythingButTheirOwnTags(@ForAll("htmlish") String text) {
        String out = call("linebreaks", text).toString().replace("<p>", "").replace("</p>", "").replace("<br>", "");
        assertThat(out).doesNotContain("<", ">", "\"", "'");
    }

    @Property(tries = 300)
    void jsonScript_contentCannotCloseTheElement(@ForAll("htmlish") String text) {
        String out = call("json_script", List.of(text), "id").toString();
        String body = out.substring(out.indexOf('>') + 1, out.lastIndexOf("</script>"));
        assertThat(body).doesNotContain("<", ">", "&");
    }

    @Property(tries = 300)
    void escapejs_leavesNoQuoteOrTagCharacters(@ForAll("htmlish") String text) {
        assertThat(call("escapejs", text).toString()).doesNotContain("<", ">", "\"", "'", "&", "\n", "\r");
    }

    @Property(tries = 300)
    void striptags_keepsAllTextOfTaglessInput(@ForAll String text) {
        String tagless = text.replace("<", "").replace(">", "");
        assertThat(call("striptags", tagless)).isEqualTo(tagless);
    }

    @Property(tries = 300)
    void truncatechars_neverExceedsTheLimit(@ForAll("htmlish") String text, @ForAll @IntRange(min = 1, max = 50) int limit) {
        String out = (String) call("truncatechars", text, (long) limit);
        assertThat(out.codePointCount(0, out.length())).isLessThanOrEqualTo(Math.max(limit, 0));
    }

    @Property(tries = 300)
    void truncatewords_html_keepsTagsBalanced(@ForAll @IntRange(min = 1, max = 8) int words) {
        String html = "<div><p>one <b>two three</b> four</p><i>five six</i> seven</div>";
        String out = (String) call("truncatewords_html", html, (long) words);
        assertThat(count(out, "<div>")).isEqualTo(count(out, "</div>"));
        assertThat(count(out, "<p>")).isEqualTo(count(out, "</p>"));
        assertThat(count(out, "<b>")).isEqualTo(count(out, "</b>"));
        assertThat(count(out, "<i>")).isEqualTo(count(out, "</i>"));
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Property(tries = 300)
    void padding_reachesTheWidthExactly(@ForAll("htmlish") String text, @ForAll @IntRange(min = -5, max = 60) int width) {
        int len = text.codePointCount(0, text.length());
        for (String name : List.of("center", "ljust", "rjust")) {
            String out = (String) call(name, text, (long) width);
            assertThat(out.codePointCount(0, out.length())).isEqualTo(Math.max(len, width));
            assertThat(out.strip()).isEqualTo(text.strip());
        }
    }

    @Property(tries = 300)
    void wordwrap_keepsWordsAndBreaksOnlyAtSpaces(@ForAll("words") String text, @ForAll @IntRange(min = 1, max = 30) int width) {
        String out = (String) call("wordwrap", text, (long) width);
        assertThat(out.replace('\n', ' ')).isEqualTo(text.replace('\n', ' '));
        for (String line : out.split("\n", -1)) {
            assertThat(line.length() <= width || !line.strip().contains(" ")).as(line).isTrue();
        }
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withChars("abc").ofMinLength(1).ofMaxLength(12).list().ofMaxSize(20)
                .map(list -> String.join(" ", list));
    }

    @Property(tries = 500)
    void floatformat_isWithinHalfAUnitOfTheLastPlace(
            @ForAll double value, @ForAll @IntRange(min = 0, max = 12) int places) {
        if (Double.isNaN(value) || Double.isInfinite(value) || Math.abs(value) > 1e30) {
            return;
        }
        String out = call("floatformat", value, (long) places).toString();
        BigDecimal shown = new BigDecimal(out);
        BigDecimal exact = new BigDecimal(io.github.toolshed.template.python.Python.floatRepr(value));
        assertThat(shown.scale()).isEqualTo(places);
        assertThat(shown.subtract(exact).abs()).isLessThanOrEqualTo(BigDecimal.ONE.movePointLeft(places).divide(BigDecimal.TWO));
    }

    @Property(tries = 300)
    void filesizeformat_handlesEveryLong(@ForAll long bytes) {
        String out = (String) call("filesizeformat", bytes);
        assertThat(out).matches("-?\\d+(\\.\\d)?\u00a0(bytes?|KB|MB|GB|TB|PB)");
    }

    @Property(tries = 300)
    void slice_matchesSubListForPlainRanges(
            @ForAll @IntRange(min = 0, max = 10) int size, @ForAll @IntRange(min = -12, max = 12) int start,
            @ForAll @IntRange(min = -12, max = 12) int stop) {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            items.add((long) i);
        }
        int from = Math.clamp(start < 0 ? start + size : start, 0, size);
        int to = Math.clamp(stop < 0 ? stop + size : stop, 0, size);
        Object expected = from >= to ? List.of() : items.subList(from, to);
        assertThat(call("slice", items, start + ":" + stop)).isEqualTo(expected);
    }
}

package io.github.toolshed.template.filters;

import static io.github.toolshed.template.filters.FilterCalls.call;
import static io.github.toolshed.template.filters.FilterCalls.render;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.toolshed.template.SafeString;
import org.junit.jupiter.api.Test;

class TruncationTest {

    private static final String HTML = "<p>one <a href=\"#\">two - three <br>four</a> five</p>";

    @Test
    void truncatechars_countsTheEllipsis() {
        assertThat(call("truncatechars", "Testing, testing", 3L)).isEqualTo("Te…");
        assertThat(call("truncatechars", "Testing", 7L)).isEqualTo("Testing");
        assertThat(call("truncatechars", "Testing, testing", "e")).isEqualTo("Testing, testing");
        assertThat(call("truncatechars", "abc", 0L)).isEqualTo("…");
        assertThat(call("truncatechars", "cafe\u0301 au lait", 5L)).isEqualTo("café…");
        assertThat(call("truncatechars", "😀😀😀", 2L)).isEqualTo("😀…");
    }

    @Test
    void truncatewords_keepsWholeWords() {
        assertThat(call("truncatewords", "A sentence with a few words in it", 1L)).isEqualTo("A …");
        assertThat(call("truncatewords", "A sentence with a few words in it", 5L)).isEqualTo("A sentence with a few …");
        assertThat(call("truncatewords", "A sentence with a few words in it", 100L))
                .isEqualTo("A sentence with a few words in it");
        assertThat(call("truncatewords", "A sentence with a few words in it", "not a number"))
                .isEqualTo("A sentence with a few words in it");
        assertThat(call("truncatewords", "a  b\nc", 10L)).isEqualTo("a b c");
        assertThat(render("truncatewords", SafeString.of("alpha &amp; bravo"), 2L, true)).isEqualTo("alpha &amp; …");
        assertThat(render("truncatewords", "alpha & bravo", 2L, true)).isEqualTo("alpha &amp; …");
    }

    @Test
    void truncatewords_html_closesOpenTags() {
        assertThat(call("truncatewords_html", HTML, 0L)).isEqualTo("");
        assertThat(call("truncatewords_html", HTML, 2L)).isEqualTo("<p>one <a href=\"#\">two …</a></p>");
        assertThat(call("truncatewords_html", HTML, 4L)).isEqualTo("<p>one <a href=\"#\">two - three …</a></p>");
        assertThat(call("truncatewords_html", HTML, 5L)).isEqualTo("<p>one <a href=\"#\">two - three <br>four …</a></p>");
        assertThat(call("truncatewords_html", HTML, 100L)).isEqualTo(HTML);
        assertThat(call("truncatewords_html", "\u00c5ngstr\u00f6m was here", 1L)).isEqualTo("\u00c5ngstr\u00f6m …");
        assertThat(call("truncatewords_html", "<i>Buenos d&iacute;as! &#x00bf;C&oacute;mo est&aacute;?</i>", 3L))
                .isEqualTo("<i>Buenos d&iacute;as! &#x00bf;C&oacute;mo …</i>");
    }

    @Test
    void truncatechars_html_countsTextOnly() {
        assertThat(call("truncatechars_html", HTML, 0L)).isEqualTo("…");
        assertThat(call("truncatechars_html", HTML, 4L)).isEqualTo("<p>one…</p>");
        assertThat(call("truncatechars_html", HTML, 9L)).isEqualTo("<p>one <a href=\"#\">two …</a></p>");
        assertThat(call("truncatechars_html", HTML, 100L)).isEqualTo(HTML);
        assertThat(call("truncatechars_html", "<b>\u00c5ngstr\u00f6m</b> was here", 3L)).isEqualTo("<b>\u00c5n…</b>");
        assertThat(call("truncatechars_html", "a<br/>b<img src=x>cdef", 4L)).isEqualTo("a<br/>b<img src=x>c…");
        assertThat(call("truncatechars_html", "<div><p>abcdef</P></div>", 3L)).isEqualTo("<div><p>ab…</p></div>");
    }

    @Test
    void truncation_ofHugeHtmlIsBounded() {
        String huge = "<p>" + "word ".repeat(1_200_000) + "</p>";
        String out = (String) call("truncatewords_html", huge, 2_000_000L);
        assertThat(out).hasSize(Truncation.MAX_LENGTH_HTML + 2).endsWith(" …");
    }
}

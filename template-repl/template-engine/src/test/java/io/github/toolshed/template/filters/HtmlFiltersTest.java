package io.github.toolshed.template.filters;

import static io.github.toolshed.template.filters.FilterCalls.call;
import static io.github.toolshed.template.filters.FilterCalls.render;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.toolshed.template.SafeString;
import io.github.toolshed.template.python.PyTuple;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlFiltersTest {

    @Test
    void escape_isConditional_forceEscapeIsNot() {
        assertThat(call("escape", "<b>&'\"")).isEqualTo(SafeString.of("&lt;b&gt;&amp;&#x27;&quot;"));
        assertThat(call("escape", SafeString.of("<b>"))).isEqualTo(SafeString.of("<b>"));
        assertThat(call("force_escape", SafeString.of("<b>"))).isEqualTo(SafeString.of("&lt;b&gt;"));
        assertThat(call("escape", call("escape", "x&y"))).isEqualTo(SafeString.of("x&amp;y"));
        assertThat(call("force_escape", call("escape", "x&y"))).isEqualTo(SafeString.of("x&amp;amp;y"));
        assertThat(call("escape", 7)).isEqualTo(SafeString.of("7"));
    }

    @Test
    void safe_and_safeseq_markValuesSafe() {
        assertThat(call("safe", "<b>hello</b>")).isEqualTo(SafeString.of("<b>hello</b>"));
        assertThat(call("safe", List.of("<a>"))).isEqualTo(SafeString.of("['<a>']"));
        assertThat(call("safeseq", List.of("&", "<", 3)))
                .isEqualTo(List.of(SafeString.of("&"), SafeString.of("<"), SafeString.of("3")));
        assertThat(call("join", call("safeseq", List.of("&", "<")), SafeString.of(", "))).isEqualTo(SafeString.of("&, <"));
    }

    @Test
    void escapejs_escapesEverythingThatCouldEndAString() {
        assertThat(call("escapejs", "testing\r\njavascript 'string\" <b>escaping</b>"))
                .isEqualTo(SafeString.of("testing\\u000D\\u000Ajavascript \\u0027string\\u0022 "
                        + "\\u003Cb\\u003Eescaping\\u003C/b\\u003E"));
        assertThat(call("escapejs", "\\ : backslashes, too")).isEqualTo(SafeString.of("\\u005C : backslashes, too"));
        assertThat(call("escapejs", "and lots of whitespace: \r\n\t\u000b\f\b"))
                .isEqualTo(SafeString.of("and lots of whitespace: \\u000D\\u000A\\u0009\\u000B\\u000C\\u0008"));
        assertThat(call("escapejs", "<script>and this</script>"))
                .isEqualTo(SafeString.of("\\u003Cscript\\u003Eand this\\u003C/script\\u003E"));
        assertThat(call("escapejs", "paragraph separator:\u2029and line separator:\u2028"))
                .isEqualTo(SafeString.of("paragraph separator:\\u2029and line separator:\\u2028"));
        assertThat(call("escapejs", "`an`=-;")).isEqualTo(SafeString.of("\\u0060an\\u0060\\u003D\\u002D\\u003B"));
    }

    @Test
    void linebreaks_makesParagraphsAndEscapesUnsafeInput() {
        assertThat(call("linebreaks", "line 1")).isEqualTo(SafeString.of("<p>line 1</p>"));
        assertThat(call("linebreaks", "line 1\nline 2")).isEqualTo(SafeString.of("<p>line 1<br>line 2</p>"));
        assertThat(call("linebreaks", "line 1\rline 2")).isEqualTo(SafeString.of("<p>line 1<br>line 2</p>"));
        assertThat(call("linebreaks", "line 1\r\n\r\nline 2\n\n\nline 3"))
                .isEqualTo(SafeString.of("<p>line 1</p>\n\n<p>line 2</p>\n\n<p>line 3</p>"));
        assertThat(call("linebreaks", "foo\n<a>bar</a>\nbuz", null, true))
                .isEqualTo(SafeString.of("<p>foo<br>&lt;a&gt;bar&lt;/a&gt;<br>buz</p>"));
        assertThat(call("linebreaks", "foo\n<a>bar</a>\nbuz", null, false))
                .isEqualTo(SafeString.of("<p>foo<br><a>bar</a><br>buz</p>"));
        assertThat(call("linebreaks", SafeString.of("x&\ny"))).isEqualTo(SafeString.of("<p>x&<br>y</p>"));
        assertThat(call("linebreaks", 123)).isEqualTo(SafeString.of("<p>123</p>"));
    }

    @Test
    void linebreaksbr_and_linenumbers() {
        assertThat(call("linebreaksbr", "line 1\nline 2")).isEqualTo(SafeString.of("line 1<br>line 2"));
        assertThat(call("linebreaksbr", "foo\n<a>bar</a>\nbuz"))
                .isEqualTo(SafeString.of("foo<br>&lt;a&gt;bar&lt;/a&gt;<br>buz"));
        assertThat(call("linebreaksbr", "foo\r\n<a>", null, false)).isEqualTo(SafeString.of("foo<br><a>"));
        assertThat(call("linenumbers", "line 1\nline 2")).isEqualTo(SafeString.of("1. line 1\n2. line 2"));
        assertThat(call("linenumbers", "x\n".repeat(10)).toString()).startsWith("01. x\n02. x").endsWith("10. x\n11. ");
        assertThat(call("linenumbers", "foo\n<a>bar</a>\nbuz"))
                .isEqualTo(SafeString.of("1. foo\n2. &lt;a&gt;bar&lt;/a&gt;\n3. buz"));
        assertThat(call("linenumbers", 123)).isEqualTo(SafeString.of("1. 123"));
    }

    @Test
    void striptags_removesTagsButKeepsText() {
        assertThat(call("striptags", "some <b>html</b> with <script>alert(\"You smell\")</script> disallowed <img /> tags"))
                .isEqualTo("some html with alert(\"You smell\") disallowed  tags");
        assertThat(call("striptags", "<a>x</a> <p><b>y</b></p>")).isEqualTo("x y");
        assertThat(call("striptags", "<p>See: &#39;&eacute; is an apostrophe followed by e acute</p>"))
                .isEqualTo("See: &#39;&eacute; is an apostrophe followed by e acute");
        assertThat(call("striptags", "<adf>a")).isEqualTo("a");
        assertThat(call("striptags", "</adf>a")).isEqualTo("a");
        assertThat(call("striptags", "<asdf><asdf>e")).isEqualTo("e");
        assertThat(call("striptags", "hi<!-- comment -->there")).isEqualTo("hithere");
        assertThat(call("striptags", "a < b and c > d")).isEqualTo("a < b and c > d");
        assertThat(call("striptags", "<scr<script>ipt>alert(1)</scr</script>ipt>").toString()).doesNotContain("<script");
        assertThat(call("striptags", "<img src=x onerror=\"alert('>')\">text")).isEqualTo("text");
        assertThat(call("striptags", 123)).isEqualTo("123");
        assertThat(call("striptags", "a<![CDATA[<b>x</b>]]>b")).isEqualTo("ab");
        assertThat(call("striptags", "a<![CDATA[<b>x</b>")).isEqualTo("a<![CDATA[<b>x");
        assertThat(call("striptags", "<a href==\"&<a b='c'>x")).isEqualTo("x");
        assertThat(call("striptags", "<b>x</b>&#<i>;</i>")).isEqualTo("x&#;");
        assertThat(call("striptags", "<b>x</b>&#<i>y</i>")).isEqualTo("x&#<i>y</i>");
        assertThat(call("striptags", "<p>a &b c</p>")).isEqualTo("a &b; c");
        assertThat(call("striptags", "<script>if (a < b) x();</script>done")).isEqualTo("if (a < b) x();done");
        assertThat(call("striptags", "<script>never closed")).isEqualTo("");
    }

    @Test
    void iriencode_and_urlencode() {
        assertThat(call("iriencode", "S\u00f8r-Tr\u00f8ndelag")).isEqualTo("S%C3%B8r-Tr%C3%B8ndelag");
        assertThat(call("iriencode", "fran%C3%A7ois & jill")).isEqualTo("fran%C3%A7ois%20&%20jill");
        assertThat(call("iriencode", "?test=1&me=2")).isEqualTo("?test=1&me=2");
        assertThat(call("urlencode", "/test&\"/me?/")).isEqualTo("/test%26%22/me%3F/");
        assertThat(call("urlencode", "/test/escape/")).isEqualTo("/test/escape/");
        assertThat(call("urlencode", "/test&\"/me?/", SafeString.of(""))).isEqualTo("%2Ftest%26%22%2Fme%3F%2F");
        assertThat(call("urlencode", "escape/slash", SafeString.of("/"))).isEqualTo("escape/slash");
        assertThat(call("urlencode", 1)).isEqualTo("1");
        assertThat(call("urlencode", "ü é")).isEqualTo("%C3%BC%20%C3%A9");
    }

    @Test
    void jsonScript_escapesHtmlSensitiveCharacters() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("a", "testing\r\njson 'string\" <b>escaping</b>");
        assertThat(call("json_script", value, SafeString.of("test_id")))
                .isEqualTo(SafeString.of("<script id=\"test_id\" type=\"application/json\">"
                        + "{\"a\": \"testing\\r\\njson 'string\\\" \\u003Cb\\u003Eescaping\\u003C/b\\u003E\"}</script>"));
        assertThat(call("json_script", Arrays.asList(1, 2.5, true, null, "é"), "x\"><b>").toString())
                .isEqualTo("<script id=\"x&quot;&gt;&lt;b&gt;\" type=\"application/json\">[1, 2.5, true, null, \"\\u00e9\"]"
                        + "</script>");
        assertThat(JsonScript.dumps(PyTuple.of(new BigDecimal("1.50"), LocalDate.of(2020, 1, 2),
                        LocalDateTime.of(2020, 1, 2, 3, 4, 5, 123_456_000))))
                .isEqualTo("[\"1.50\", \"2020-01-02\", \"2020-01-02T03:04:05.123\"]");
        assertThat(JsonScript.dumps(List.of(Double.NaN, Double.POSITIVE_INFINITY))).isEqualTo("[NaN, Infinity]");
        List<Object> loop = new java.util.ArrayList<>();
        loop.add(loop);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> call("json_script", loop, "id"))
                .isInstanceOfSatisfying(io.github.toolshed.template.TemplateRenderError.class,
                        e -> assertThat(e.kind()).isEqualTo("ValueError"));
        assertThat(JsonScript.dumps(List.of(List.of(), List.of()))).isEqualTo("[[], []]");
        assertThat(call("json_script", "</script>", "i"))
                .isEqualTo(SafeString.of("<script id=\"i\" type=\"application/json\">\"\\u003C/script\\u003E\"</script>"));
    }
}

package io.github.toolshed.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SurlexCommandsTest extends ShellTestSupport {

    @Test
    void toRegexPrintsTheRegex() throws Exception {
        assertThat(screen("surlex to-regex '/blog/<year:Y>/'")).containsExactly("/blog/(?<year>\\d{4})/");
    }

    @Test
    void matchPrintsCapturesAsJsonInPatternOrder() throws Exception {
        assertThat(screen("surlex match '/blog/<year:Y>/<slug:s>/' /blog/2009/surlex-released/"))
                .containsExactly("{\"year\": \"2009\", \"slug\": \"surlex-released\"}");
    }

    @Test
    void matchKeepsSpacesAndQuotesInTheSubject() throws Exception {
        assertThat(screen("surlex match '/<a>/' '/{\"k\": \"v w\"}/'")).containsExactly("{\"a\": \"{\\\"k\\\": \\\"v w\\\"}\"}");
    }

    @Test
    void matchWithPrefixMatchesTheBeginning() throws Exception {
        assertThat(screen("surlex match --prefix '/blog/<year:Y>/' /blog/2009/and/more"))
                .containsExactly("{\"year\": \"2009\"}");
    }

    @Test
    void noMatchIsExitCodeOneWithAMessage() {
        Run run = run("surlex", "match", "/blog/<year:Y>/", "/blog/09/");
        assertThat(run.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(
                "toolshed: surlex match: no match: \"/blog/09/\" does not match \"/blog/<year:Y>/\"\n");
    }

    @Test
    void syntaxErrorShowsTheCaretView() {
        Run run = run("surlex", "to-regex", "/blog/<year:Nope>/");
        assertThat(run.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).startsWith("toolshed: surlex to-regex: invalid pattern\n/blog/<year:Nope>/\n")
                .contains("^ unknown macro 'Nope'");
    }

    @Test
    void explainShowsTheTreeAndTheRegex() throws Exception {
        assertThat(screen("surlex explain '^/blog/<year:Y>/(<slug=[a-z\\>]+>/)*$'")).containsExactly(
                "pattern  ^/blog/<year:Y>/(<slug=[a-z\\>]+>/)*$",
                "  anchor start (^)",
                "  literal \"/blog/\"",
                "  capture year  macro Y = \\d{4}",
                "  literal \"/\"",
                "  optional",
                "    capture slug  regex [a-z>]+",
                "    literal \"/\"",
                "  wildcard * = .*",
                "  anchor end ($)",
                "captures year, slug",
                "regex    ^/blog/(?<year>\\d{4})/(?:(?<slug>[a-z>]+)/)?.*$");
    }

    @Test
    void explainOfEscapesAndNonCapturingElements() throws Exception {
        assertThat(screen("surlex explain '/a\\(b\\)/<:Y>/<id>'")).contains(
                "  literal \"/a(b)/\"", "  capture (not captured)  macro Y = \\d{4}", "  capture id  regex .+");
    }

    @Test
    void missingAndExtraArgumentsAreUsageErrors() {
        Run missing = run("surlex", "match", "/x/");
        assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).isEqualTo(
                "toolshed: surlex match: missing SUBJECT\nusage: surlex match [--prefix] PATTERN SUBJECT\n");
        Run extra = run("surlex", "to-regex", "/a", "b");
        assertThat(extra.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(extra.err()).contains("unexpected argument 'b'");
    }

    @Test
    void helpShowsUsageAndExamples() throws Exception {
        assertThat(String.join("\n", screen("surlex match --help")))
                .startsWith("usage: surlex match [--prefix] PATTERN SUBJECT")
                .contains("examples:", "surlex match '/blog/<year:Y>/<slug:s>/' /blog/2009/surlex-released/");
        assertThat(screen("help surlex explain").getFirst()).isEqualTo("usage: surlex explain PATTERN");
    }
}

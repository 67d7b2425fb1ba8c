package io.github.toolshed.surlex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class SurlexSyntaxErrorTest {

    private static SurlexSyntaxException error(String pattern) {
        return catchThrowableOfType(SurlexSyntaxException.class, () -> Surlex.compile(pattern));
    }

    @Test
    void unclosedAngleBracket_caretUnderIt() {
        SurlexSyntaxException e = error("/blog/<year");
        assertThat(e.pattern()).isEqualTo("/blog/<year");
        assertThat(e.position()).isEqualTo(6);
        assertThat(e.description()).isEqualTo("unclosed '<'");
        assertThat(e.caretView()).isEqualTo("/blog/<year\n      ^ unclosed '<'");
        assertThat(e.getMessage()).isEqualTo("<1:7>: unclosed '<'\n/blog/<year\n      ^ unclosed '<'");
    }

    @Test
    void unbalancedClosingParenthesis() {
        SurlexSyntaxException e = error("/blog/<year>/)");
        assertThat(e.position()).isEqualTo(13);
        assertThat(e.description()).isEqualTo("unbalanced ')'");
    }

    @Test
    void unclosedParenthesis_pointsAtTheInnermostOpenOne() {
        SurlexSyntaxException e = error("/a(/b(/c)(/d");
        assertThat(e.position()).isEqualTo(9);
        assertThat(e.description()).isEqualTo("unclosed '('");
    }

    @Test
    void emptyCaptureName() {
        SurlexSyntaxException e = error("/a/<>/");
        assertThat(e.position()).isEqualTo(3);
        assertThat(e.description()).startsWith("empty capture");
    }

    @Test
    void emptyRegexAndEmptyMacro() {
        assertThat(error("/<x=>/").description()).isEqualTo("missing regex after '='");
        assertThat(error("/<x:>/").description()).isEqualTo("missing macro name after ':'");
    }

    @Test
    void invalidCharacterInName() {
        SurlexSyntaxException e = error("/<ye ar>/");
        assertThat(e.position()).isEqualTo(4);
        assertThat(e.description()).startsWith("invalid character ' ' in capture name");
        assertThat(error("/<1st>/").position()).isEqualTo(2);
    }

    @Test
    void unknownMacro_namesItAndTheKnownOnes() {
        UnknownMacroException e = catchThrowableOfType(UnknownMacroException.class,
                () -> Surlex.compile("/<id:q>/"));
        assertThat(e.macro()).isEqualTo("q");
        assertThat(e.position()).isEqualTo(5);
        assertThat(e.knownMacros()).containsExactly("Y", "y", "M", "m", "d", "#", "s", "u");
        assertThat(e.description()).isEqualTo("unknown macro 'q' (known macros: Y, y, M, m, d, #, s, u)");
        assertThat(e.caretView()).isEqualTo("/<id:q>/\n     ^ unknown macro 'q' (known macros: Y, y, M, m, d, #, s, u)");
    }

    @Test
    void invalidEmbeddedRegex_positionMappedIntoThePattern() {
        SurlexSyntaxException e = error("/x/<n=[0-9>/");
        assertThat(e.description()).startsWith("invalid regex: Unclosed character class");
        // Java reports the class's last character; in the pattern that is the '9' at index 9.
        assertThat(e.position()).isEqualTo(9);
    }

    @Test
    void invalidEmbeddedRegex_afterEscapedBracket_positionAccountsForTheBackslash() {
        SurlexSyntaxException e = error("<n=\\>+(>");
        assertThat(e.description()).startsWith("invalid regex: Unclosed group");
        assertThat(e.position()).isEqualTo(7);
    }

    @Test
    void duplicateName() {
        SurlexSyntaxException e = error("/<id>/<id:#>/");
        assertThat(e.position()).isEqualTo(6);
        assertThat(e.description()).isEqualTo("duplicate capture name 'id' (first used at position 1)");
    }

    @Test
    void danglingBackslash() {
        assertThat(error("/a\\").description()).isEqualTo("nothing to escape after '\\' at the end of the pattern");
    }

    @Test
    void deepNesting_isRefusedInsteadOfOverflowingTheStack() {
        String deep = "(".repeat(10_000) + "a" + ")".repeat(10_000);
        SurlexSyntaxException e = error(deep);
        assertThat(e.description()).isEqualTo("optional sections nested deeper than " + Parser.MAX_NESTING);
        assertThat(Surlex.compile("(".repeat(Parser.MAX_NESTING) + "a" + ")".repeat(Parser.MAX_NESTING)).matches("a"))
                .isTrue();
    }

    @Test
    void embeddedNamedGroupClashingWithCapture_isASyntaxError() {
        SurlexSyntaxException e = error("<a><b=(?<a\\>x)>");
        assertThat(e.description()).startsWith("the generated regex does not compile");
    }

    @Test
    void controlCharacters_doNotBreakTheCaretView() {
        SurlexSyntaxException e = error("\t\n<x");
        assertThat(e.caretView()).isEqualTo("  <x\n  ^ unclosed '<'");
    }
}

package io.github.toolshed.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {

    @Test
    void tokensCarryLineColumnAndOffset() {
        List<Token> tokens = Lexer.tokenize("ab\n  {{ x }}{% if y %}\n{# c #}");
        assertThat(tokens).extracting(Token::type).containsExactly(
                Token.Type.TEXT, Token.Type.VAR, Token.Type.BLOCK, Token.Type.TEXT, Token.Type.COMMENT);
        Token var = tokens.get(1);
        assertThat(var.contents()).isEqualTo("x");
        assertThat(var.line()).isEqualTo(2);
        assertThat(var.column()).isEqualTo(3);
        assertThat(var.offset()).isEqualTo(5);
        Token comment = tokens.get(4);
        assertThat(comment.line()).isEqualTo(3);
        assertThat(comment.column()).isEqualTo(1);
    }

    @Test
    void tagsDoNotSpanLinesAndUnmatchedDelimitersAreText() {
        List<Token> tokens = Lexer.tokenize("{{ a\n}} {% b %} {{ c");
        assertThat(tokens).extracting(Token::type).containsExactly(Token.Type.TEXT, Token.Type.BLOCK, Token.Type.TEXT);
        assertThat(tokens.get(0).contents()).isEqualTo("{{ a\n}} ");
        assertThat(tokens.get(2).contents()).isEqualTo(" {{ c");
    }

    @Test
    void shortestMatchWins() {
        List<Token> tokens = Lexer.tokenize("{{ a }}}}");
        assertThat(tokens.get(0).contents()).isEqualTo("a");
        assertThat(tokens.get(1).contents()).isEqualTo("}}");
    }

    @Test
    void verbatimKeepsTagsAsTextUntilItsOwnEnd() {
        List<Token> tokens = Lexer.tokenize("{% verbatim x %}{% endverbatim %}{{ y }}{% endverbatim x %}{{ z }}");
        assertThat(tokens).extracting(Token::type).containsExactly(
                Token.Type.BLOCK, Token.Type.TEXT, Token.Type.TEXT, Token.Type.BLOCK, Token.Type.VAR);
        assertThat(tokens.get(1).contents()).isEqualTo("{% endverbatim %}");
    }

    @Test
    void splitContentsKeepsQuotedStringsWhole() {
        assertThat(Words.splitContents("with a=\"x y\" b='c d' _(\"e f\")"))
                .containsExactly("with", "a=\"x y\"", "b='c d'", "_(\"e f\")");
    }
}

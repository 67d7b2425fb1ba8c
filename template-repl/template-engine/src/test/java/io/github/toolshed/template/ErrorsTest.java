package io.github.toolshed.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorsTest {

    private static final Engine ENGINE = Engine.builder().build();

    @Test
    void invalidBlockTagNamesTheExpectedEndTags() {
        TemplateSyntaxError e = catchThrowableOfType(TemplateSyntaxError.class,
                () -> Engine.builder().templates(Map.of("page.html", "a\nb\n{% for x in y %}\n  {% endfo %}")).build().getTemplate("page.html"));
        assertThat(e).hasMessage("Invalid block tag on line 4: 'endfo', expected 'empty' or 'endfor'. Did you forget to register or load this tag?");
        SourceLocation at = e.location().orElseThrow();
        assertThat(at.templateName()).isEqualTo("page.html");
        assertThat(at.line()).isEqualTo(4);
        assertThat(at.column()).isEqualTo(3);
        assertThat(at.caretView()).isEqualTo("page.html:4:3\n  {% endfo %}\n  ^^^^^^^^^^^");
        assertThat(e.describe()).startsWith("Invalid block tag on line 4").endsWith("^^^^^^^^^^^");
    }

    @Test
    void unclosedTag() {
        assertThatThrownBy(() -> ENGINE.fromString("{% if a %}"))
                .hasMessage("Unclosed tag on line 1: 'if'. Looking for one of: elif, else, endif.");
    }

    @Test
    void unknownTagAndFilter() {
        assertThatThrownBy(() -> ENGINE.fromString("lala{% foobar %}"))
                .hasMessage("Invalid block tag on line 1: 'foobar'. Did you forget to register or load this tag?");
        assertThatThrownBy(() -> ENGINE.fromString("{{ x|nosuchfilter }}")).hasMessage("Invalid filter: 'nosuchfilter'");
    }

    @Test
    void remainderAndArgumentCount() {
        assertThatThrownBy(() -> ENGINE.fromString("{{ foo@bar }}")).hasMessage("Could not parse the remainder: '@bar' from 'foo@bar'");
        assertThatThrownBy(() -> ENGINE.fromString("{{ x|upper:1 }}")).hasMessage("upper requires 1 arguments, 2 provided");
        assertThatThrownBy(() -> ENGINE.fromString("{{ x|default }}")).hasMessage("default requires 2 arguments, 1 provided");
    }

    @Test
    void ifExpressionErrors() {
        assertThatThrownBy(() -> ENGINE.fromString("{% if %}{% endif %}")).hasMessage("Unexpected end of expression in if tag.");
        assertThatThrownBy(() -> ENGINE.fromString("{% if a b %}{% endif %}")).hasMessage("Unused 'b' at end of if expression.");
        assertThatThrownBy(() -> ENGINE.fromString("{% if and %}{% endif %}")).hasMessage("Not expecting 'and' in this position in if tag.");
    }

    @Test
    void extendsMustBeFirst() {
        assertThatThrownBy(() -> ENGINE.fromString("{% load %}{% extends 'x' %}"))
                .hasMessage("<ExtendsNode: extends 'x'> must be the first tag in the template.");
    }

    @Test
    void renderingErrorsCarryTheLocation() {
        Engine e = Engine.builder().templates(Map.of("t", "line1\n{% for a, b in items %}{% endfor %}")).build();
        TemplateRenderError err = catchThrowableOfType(TemplateRenderError.class,
                () -> e.getTemplate("t").render(Map.of("items", java.util.List.of(java.util.List.of(1, 2, 3)))));
        assertThat(err.kind()).isEqualTo("ValueError");
        assertThat(err.getMessage()).startsWith("Need 2 values to unpack in for loop; got 3.");
        assertThat(err.location().orElseThrow().line()).isEqualTo(2);
        assertThat(err.location().orElseThrow().templateName()).isEqualTo("t");
    }
}

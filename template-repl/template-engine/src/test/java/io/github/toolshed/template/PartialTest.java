package io.github.toolshed.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PartialTest {

    private final Engine engine = Engine.builder().templates(Map.of("page.html",
            "[{% partialdef card %}<b>{{ x }}</b>{% endpartialdef %}{% partialdef inl inline %}i{% endpartialdef inl %}"
                    + "{% partial card %}{% partial card %}]")).build();

    @Test
    void partialsRenderWhereUsedAndInlineOnesInPlace() {
        assertThat(engine.getTemplate("page.html").render(Map.of("x", 1))).isEqualTo("[i<b>1</b><b>1</b>]");
    }

    @Test
    void aPartialCanBeLoadedByName() {
        assertThat(engine.getTemplate("page.html#card").render(Map.of("x", "<"))).isEqualTo("<b>&lt;</b>");
        assertThatThrownBy(() -> engine.getTemplate("page.html#nope")).isInstanceOf(TemplateDoesNotExist.class);
    }

    @Test
    void undefinedAndDuplicatePartials() {
        assertThatThrownBy(() -> engine.fromString("{% partial nope %}").render(Map.of()))
                .isInstanceOf(TemplateSyntaxError.class).hasMessageContaining("'nope' is not defined");
        assertThatThrownBy(() -> engine.fromString("{% partialdef a %}{% endpartialdef %}{% partialdef a %}{% endpartialdef %}"))
                .isInstanceOf(TemplateSyntaxError.class).hasMessageContaining("already defined");
    }
}

package io.github.toolshed.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class NastyInputTest {

    private static final Engine ENGINE = Engine.builder().build();

    @Test
    @Timeout(10)
    void aLongLineOfOpenDelimitersLexesInLinearTime() {
        String source = "{{{%{#".repeat(200_000);
        assertThat(ENGINE.fromString(source).render(Map.of())).isEqualTo(source);
    }

    @Test
    void deepNestingIsASyntaxErrorNotAStackOverflow() {
        String deep = "{% if a %}".repeat(5000) + "{% endif %}".repeat(5000);
        assertThatThrownBy(() -> ENGINE.fromString(deep))
                .isInstanceOf(TemplateSyntaxError.class)
                .hasMessageContaining("nested more than");
        String nots = "{% if " + "not ".repeat(200_000) + "a %}x{% endif %}";
        assertThatThrownBy(() -> ENGINE.fromString(nots)).isInstanceOf(TemplateSyntaxError.class);
    }

    @Test
    void moderateNestingStillWorks() {
        String nested = "{% if a %}".repeat(100) + "x" + "{% endif %}".repeat(100);
        assertThat(ENGINE.fromString(nested).render(Map.of("a", true))).isEqualTo("x");
    }

    @Test
    void escapingDefeatsMarkupInjection() {
        String payload = "\"><script>alert('x')</script><a href=\"";
        assertThat(ENGINE.fromString("<a title=\"{{ t }}\">").render(Map.of("t", payload)))
                .isEqualTo("<a title=\"&quot;&gt;&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&lt;a href=&quot;\">");
    }

    @Test
    void templateSyntaxInValuesIsNotEvaluated() {
        assertThat(ENGINE.fromString("{{ v }}").render(Map.of("v", "{{ secret }}{% debug %}")))
                .isEqualTo("{{ secret }}{% debug %}");
    }
}

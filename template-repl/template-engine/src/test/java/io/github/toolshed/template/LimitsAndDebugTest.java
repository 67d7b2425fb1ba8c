package io.github.toolshed.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LimitsAndDebugTest {

    @Test
    void maxOutputSizeFailsClearly() {
        Engine engine = Engine.builder().maxOutputSize(100).build();
        assertThat(engine.fromString("{% for i in r %}x{% endfor %}").render(Map.of("r", java.util.Collections.nCopies(100, 1))))
                .hasSize(100);
        assertThatThrownBy(() -> engine.fromString("{% for i in r %}x{% endfor %}")
                .render(Map.of("r", java.util.Collections.nCopies(101, 1))))
                .isInstanceOfSatisfying(TemplateRenderError.class, e -> assertThat(e.kind()).isEqualTo("OutputTooLarge"))
                .hasMessageContaining("more than 100 characters");
        assertThatThrownBy(() -> engine.fromString("{{ s }}").render(Map.of("s", "y".repeat(1000))))
                .hasMessageContaining("maxOutputSize");
        assertThatThrownBy(() -> Engine.builder().maxOutputSize(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void maxDepthStopsRecursiveIncludes() {
        Engine engine = Engine.builder().maxDepth(5).templates(Map.of("self.html", "a{% include 'self.html' %}")).build();
        assertThatThrownBy(() -> engine.getTemplate("self.html").render(Map.of()))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("maximum include/extends depth (5) exceeded");
        Engine chain = Engine.builder().maxDepth(2).templates(Map.of(
                "a", "{% include 'b' %}", "b", "{% include 'c' %}", "c", "deep")).build();
        assertThatThrownBy(() -> chain.getTemplate("a").render(Map.of())).hasMessageContaining("depth (2)");
        Engine ok = Engine.builder().maxDepth(3).templates(Map.of(
                "a", "{% include 'b' %}", "b", "{% include 'c' %}", "c", "deep")).build();
        assertThat(ok.getTemplate("a").render(Map.of())).isEqualTo("deep");
    }

    private static final Map<String, String> PAGES = Map.of(
            "page.html", "<h1>{{ title }}</h1>\n{% include 'part.html' %}\nend",
            "part.html", "line one\nline two\n<p>{{ x|date:'Y' }} {{ missing.deep }}</p>\nline four\nline five\nline six",
            "broken.html", "ok\n{% if %}\nrest",
            "outer.html", "x\n{% include 'broken.html' %}",
            "child.html", "{% extends 'base.html' %}{% block b %}{{ gone }}{% endblock %}",
            "base.html", "[{% block b %}{% endblock %}]");

    @Test
    void debugRenderErrorsCarryExcerptAndChain() {
        Engine engine = Engine.builder().debug(true).strict(true).templates(PAGES).build();
        assertThatThrownBy(() -> engine.getTemplate("page.html").render(Map.of("title", "T", "x", "2020-01-01")))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.templateChain()).containsExactly("page.html", "part.html");
                    String excerpt = e.sourceExcerpt().orElseThrow();
                    assertThat(excerpt).startsWith("part.html:3:");
                    assertThat(excerpt).contains("  1 | line one", "> 3 | <p>", "  5 | line five").doesNotContain("line six");
                    assertThat(e.describe()).contains("Template chain: page.html -> part.html");
                });
    }

    @Test
    void debugSyntaxErrorsInIncludedTemplates() {
        Engine engine = Engine.builder().debug(true).templates(PAGES).build();
        assertThatThrownBy(() -> engine.getTemplate("outer.html").render(Map.of()))
                .isInstanceOfSatisfying(TemplateSyntaxError.class, e -> {
                    assertThat(e.templateChain()).containsExactly("outer.html", "broken.html");
                    assertThat(e.sourceExcerpt().orElseThrow()).contains("> 2 | {% if %}").contains("^^^^^^^^");
                });
    }

    @Test
    void withoutDebugThereIsNoChain() {
        Engine engine = Engine.builder().templates(PAGES).build();
        assertThatThrownBy(() -> engine.getTemplate("outer.html").render(Map.of()))
                .isInstanceOfSatisfying(TemplateSyntaxError.class, e -> {
                    assertThat(e.templateChain()).isEmpty();
                    assertThat(e.sourceExcerpt()).isEmpty();
                    assertThat(e.location()).isPresent();
                });
    }

    @Test
    void strictModeNamesTheAvailableVariables() {
        Engine engine = Engine.builder().strict(true).debug(true).templates(PAGES).build();
        assertThatThrownBy(() -> engine.fromString("{{ a }} {{ usr.name }}").render(Map.of("a", 1, "user", Map.of())))
                .isInstanceOfSatisfying(TemplateRenderError.class, e -> {
                    assertThat(e.kind()).isEqualTo("VariableDoesNotExist");
                    assertThat(e.getMessage()).contains("'usr.name'").contains("Available: a, user");
                    assertThat(e.location().orElseThrow().column()).isEqualTo(9);
                });
        assertThatThrownBy(() -> engine.getTemplate("child.html").render(Map.of()))
                .isInstanceOfSatisfying(TemplateException.class,
                        e -> assertThat(e.templateChain()).containsExactly("child.html", "base.html"));
    }

    @Test
    void strictModeStillLetsTestsAndDefaultsSeeMissingValues() {
        Engine engine = Engine.builder().strict(true).build();
        assertThat(engine.fromString("{% if nope %}y{% else %}n{% endif %}{{ nope|default:'d' }}").render(Map.of()))
                .isEqualTo("nd");
        assertThat(engine.fromString("{% for x in nope %}{{ x }}{% empty %}e{% endfor %}{% firstof nope 'f' %}").render(Map.of()))
                .isEqualTo("ef");
        assertThatThrownBy(() -> engine.fromString("{{ s.class }}").render(Map.of("s", "x")))
                .hasMessageContaining("'s.class' does not exist");
        Engine lax = Engine.builder().build();
        assertThat(lax.fromString("[{{ nope }}]").render(Map.of())).isEqualTo("[]");
    }
}

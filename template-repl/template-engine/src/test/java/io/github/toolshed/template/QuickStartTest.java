package io.github.toolshed.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's quick start, kept honest. */
class QuickStartTest {

    public record Post(String title, List<String> tags) {}

    @Test
    void readmeExampleRendersAsDocumented() {
        Engine engine = Engine.builder()
                .loader(Loaders.cached(Loaders.map(Map.of(
                        "base.html", "<title>{% block title %}Site{% endblock %}</title>{% block body %}{% endblock %}",
                        "post.html", """
                                {% extends "base.html" %}
                                {% block title %}{{ post.title }} | {{ block.super }}{% endblock %}
                                {% block body %}{% for tag in post.tags %}<b>{{ tag|upper }}</b>{% empty %}untagged{% endfor %}{% endblock %}
                                """))))
                .build();
        String html = engine.getTemplate("post.html")
                .render(Map.of("post", new Post("Hello <world>", List.of("java", "django"))));
        assertThat(html).isEqualTo("<title>Hello &lt;world&gt; | Site</title><b>JAVA</b><b>DJANGO</b>");
    }
}

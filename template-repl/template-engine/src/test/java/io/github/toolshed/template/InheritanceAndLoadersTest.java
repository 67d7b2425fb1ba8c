package io.github.toolshed.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InheritanceAndLoadersTest {

    private static Engine engine(Map<String, String> templates) {
        return Engine.builder().loader(Loaders.cached(Loaders.map(templates))).build();
    }

    @Test
    void extendsWithBlockSuperThroughThreeLevels() {
        Engine e = engine(Map.of(
                "base", "<{% block a %}base{% endblock %}|{% block b %}B{% endblock %}>",
                "mid", "{% extends 'base' %}{% block a %}{{ block.super }}+mid{% endblock %}",
                "leaf", "{% extends 'mid' %}ignored{% block a %}{{ block.super }}+leaf{% endblock a %}"));
        assertThat(e.getTemplate("leaf").render(Map.of())).isEqualTo("<base+mid+leaf|B>");
    }

    @Test
    void includeWithOnlyAndRelativeNames() {
        Engine e = engine(Map.of(
                "dir/page", "{% include './part' with y=2 %}|{% include 'dir/part' with y=3 only %}",
                "dir/part", "{{ x }}{{ y }}"));
        assertThat(e.getTemplate("dir/page").render(Map.of("x", 1))).isEqualTo("12|3");
    }

    @Test
    void extendsRecursionIsReportedNotAStackOverflow() {
        Engine e = engine(Map.of("a", "{% extends 'b' %}", "b", "{% extends 'a' %}"));
        assertThatThrownBy(() -> e.getTemplate("a").render(Map.of())).isInstanceOf(TemplateDoesNotExist.class);
    }

    @Test
    void includeRecursionHitsTheDepthLimit() {
        Engine e = Engine.builder().templates(Map.of("r", "x{% include 'r' %}")).maxDepth(20).build();
        assertThatThrownBy(() -> e.getTemplate("r").render(Map.of()))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("maximum include/extends depth (20)");
    }

    @Test
    void missingTemplate() {
        assertThatThrownBy(() -> engine(Map.of()).getTemplate("nope.html"))
                .isInstanceOf(TemplateDoesNotExist.class)
                .hasMessage("nope.html");
    }

    @Test
    void cachedLoaderCompilesOnce() {
        Engine e = engine(Map.of("t", "x"));
        assertThat(e.getTemplate("t")).isSameAs(e.getTemplate("t"));
        Engine plain = Engine.builder().templates(Map.of("t", "x")).build();
        assertThat(plain.getTemplate("t")).isNotSameAs(plain.getTemplate("t"));
    }

    @Test
    void classpathLoader() {
        Engine e = Engine.builder().loader(Loaders.classpath(getClass().getClassLoader(), "templates")).build();
        assertThat(e.getTemplate("sub/hello.txt").render(Map.of("who", "me"))).isEqualTo("classpath me");
        assertThatThrownBy(() -> e.getTemplate("../templates/sub/hello.txt")).isInstanceOf(TemplateException.class);
    }

    @Test
    void filesystemLoaderRefusesEscapes(@TempDir Path dir) throws Exception {
        Path root = Files.createDirectories(dir.resolve("root"));
        Files.writeString(root.resolve("ok.html"), "fine");
        Files.writeString(dir.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(root.resolve("link.html"), dir.resolve("secret.txt"));
        Engine e = Engine.builder().loader(Loaders.filesystem(root)).build();
        assertThat(e.getTemplate("ok.html").render(Map.of())).isEqualTo("fine");
        for (String bad : new String[] {"../secret.txt", "/etc/passwd", "a/../../secret.txt", "link.html", "x\0y", "..\\secret.txt"}) {
            assertThatThrownBy(() -> e.getTemplate(bad)).as(bad).isInstanceOf(TemplateException.class)
                    .isNotInstanceOf(TemplateDoesNotExist.class);
        }
        assertThatThrownBy(() -> e.getTemplate("absent.html")).isInstanceOf(TemplateDoesNotExist.class);
    }

    @Test
    void includeOfARefusedNameFails(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("page.html"), "{% include name %}");
        Engine e = Engine.builder().loader(Loaders.filesystem(dir)).build();
        assertThatThrownBy(() -> e.getTemplate("page.html").render(Map.of("name", "../../etc/passwd")))
                .isInstanceOf(TemplateException.class);
    }
}

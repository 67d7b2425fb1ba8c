package io.github.toolshed.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code template render} and the failures of {@code template shell} that need no terminal. */
class TemplateCommandsTest extends ShellTestSupport {

    static Path site;

    @BeforeAll
    static void templates() throws Exception {
        site = Files.createDirectories(WORK.resolve("my site é"));
        Files.writeString(site.resolve("base.html"), "<h1>{% block title %}base{% endblock %}</h1>\n");
        Files.writeString(site.resolve("hello.html"), "Hello {{ name }}, {{ tags|length }} tags: {{ tags|join:', ' }}\n");
        Files.writeString(site.resolve("child.html"),
                "{% extends 'base.html' %}{% block title %}{{ name }}{% include 'part.html' %}{% endblock %}");
        Files.writeString(site.resolve("part.html"), " & part");
        Files.writeString(site.resolve("escape.html"), "{% include '../secret.txt' %}");
        Files.writeString(site.resolve("absolute.html"), "{% include '/etc/passwd' %}");
        Files.writeString(site.resolve("broken.html"), "line one\n{% for x in xs %}\n{{ x|nosuchfilter }}\n{% endfor %}\n");
        Files.writeString(WORK.resolve("secret.txt"), "TOP SECRET");
        Files.writeString(WORK.resolve("outside.html"), "outside {{ name }}");
        Files.createSymbolicLink(site.resolve("link.html"), WORK.resolve("secret.txt"));
        Files.writeString(site.resolve("via-link.html"), "{% include 'link.html' %}");
        Files.writeString(WORK.resolve("context.json"), "{\n  \"name\": \"from file\",\n  \"tags\": [\"x\"]\n}\n");
        Files.writeString(WORK.resolve("bad.json"), "{\n  \"name\": \"x\"\n  \"tags\": []\n}\n");
    }

    private static String file(String name) {
        return site.resolve(name).toString();
    }

    @Test
    void rendersAFile_withAJsonContextWhoseSpacesArriveIntact() {
        Run run = run("template", "render", "--context", "{\"name\": \"Ada <Lovelace>\", \"tags\": [\"a b\", \"c\"]}",
                file("hello.html"));
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("Hello Ada &lt;Lovelace&gt;, 2 tags: a b, c\n");
    }

    @Test
    void interactiveLine_keepsTheQuotedJsonAsOneValue() throws Exception {
        assertThat(screen("template render --context '{\"name\": \"A  B\", \"tags\": []}' '" + file("hello.html") + "'"))
                .containsExactly("Hello A  B, 0 tags: ");
    }

    @Test
    void extendsAndIncludeReadSiblings() {
        Run run = run("template", "render", "--context", "{\"name\": \"Child\"}", file("child.html"));
        assertThat(run.out()).isEqualTo("<h1>Child & part</h1>\n");
        assertThat(run.code()).isZero();
    }

    @Test
    void contextFile_andContextOption_areMerged_optionWins() {
        Run run = run("template", "render", "--context-file", WORK.resolve("context.json").toString(),
                "--context", "{\"name\": \"option\"}", file("hello.html"));
        assertThat(run.out()).isEqualTo("Hello option, 1 tags: x\n");
    }

    @Test
    void includesLeadingOutsideTheTemplateDirectory_areRefused() {
        for (String name : new String[] {"escape.html", "absolute.html", "via-link.html"}) {
            Run run = run("template", "render", file(name));
            assertThat(run.code()).as(name).isEqualTo(ExitCodes.FAILURE);
            assertThat(run.out()).as(name).doesNotContain("SECRET").doesNotContain("root:");
            assertThat(run.err()).as(name).startsWith("toolshed: template render: template error: ");
        }
        assertThat(run("template", "render", file("escape.html")).err()).contains("points outside");
    }

    @Test
    void aFileOutsideTheTemplatesOption_isRefused() {
        Run run = run("template", "render", "--templates", site.toString(), site.resolve("../outside.html").toString());
        assertThat(run.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).contains("is outside the template directory");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void theFileItself_mayBeGivenWithDotDot() {
        Run run = run("template", "render", "--context", "{\"name\": \"x\"}", site.resolve("../outside.html").toString());
        assertThat(run.out()).isEqualTo("outside x");
        assertThat(run.code()).isZero();
    }

    @Test
    void missingFiles_areNotFound() {
        Run missing = run("template", "render", site.resolve("../nope.html").toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(missing.err()).isEqualTo("toolshed: template render: no such template file: "
                + site.resolve("../nope.html") + "\n");
        Run dir = run("template", "render", site.toString());
        assertThat(dir.err()).contains("is a directory");
        Run context = run("template", "render", "--context-file", WORK.resolve("none.json").toString(), file("hello.html"));
        assertThat(context.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(context.err()).contains("no such context file");
    }

    @Test
    void badJson_isAUsageError_withLineColumnAndCaret() {
        Run run = run("template", "render", "--context", "{\"a\": 1,}", file("hello.html"));
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("""
                toolshed: template render: invalid JSON in --context: line 1, column 9: expected a string key, found '}'
                {"a": 1,}
                        ^
                """);
        Run file = run("template", "render", "--context-file", WORK.resolve("bad.json").toString(), file("hello.html"));
        assertThat(file.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(file.err()).contains(WORK.resolve("bad.json") + ": line 3, column 3: expected ',' or '}'",
                "\n  \"tags\": []\n  ^\n");
        assertThat(run("template", "render", "--context", "[1]", file("hello.html")).err())
                .contains("line 1, column 1: expected a JSON object");
        Run code = run("template", "render", "--context", "{\"x\": \"{{ 1|add:2 }} $(id) `id`\"}", file("hello.html"));
        assertThat(code.out()).startsWith("Hello , 0 tags");
        assertThat(run("template", "render", "--context", "{\"name\": \"{{ 1|add:2 }} $(id)\"}", file("hello.html")).out())
                .isEqualTo("Hello {{ 1|add:2 }} $(id), 0 tags: \n");
    }

    @Test
    void templateErrors_showTheCaretView_exitOne() {
        Run run = run("template", "render", "--context", "{\"xs\": [1]}", file("broken.html"));
        assertThat(run.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("toolshed: template render: template error: ")
                .contains("nosuchfilter", "3 | {{ x|nosuchfilter }}", "^");
    }

    @Test
    void url_explainsWhereTheCaptureRuns() {
        Run run = run("template", "shell", "--url", "/blog/");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("toolshed: template shell: --url and --app go together")
                .contains("--toolshed.template.repl.url=", "docs/templates.md");
        assertThat(run("template", "shell", "--app", "app.jar").code()).isEqualTo(ExitCodes.USAGE);
        Run mixed = run("template", "shell", "--url", "/blog/", "--app", "app.jar", "--context", "{}");
        assertThat(mixed.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(mixed.err()).contains("leave out --context");
        Run missing = run("template", "shell", "--url", "/blog/", "--app", "no-such-app.jar");
        assertThat(missing.code()).isEqualTo(ExitCodes.IO);
        assertThat(missing.err()).contains("--app: no such jar file: no-such-app.jar");
        Run host = run("template", "shell", "--url", "//evil.example/", "--app", "no-such-app.jar");
        assertThat(host.code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void usageErrors() {
        assertThat(run("template", "render").err())
                .startsWith("toolshed: template render: missing FILE\nusage: template render");
        assertThat(run("template", "render", "a", "b").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("template", "render", "--nope", "a").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("template", "shell", "extra").code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void helpShowsUsageAndExamples() throws Exception {
        assertThat(String.join("\n", screen("template render --help")))
                .startsWith("usage: template render").contains("examples:", "--break");
        assertThat(String.join("\n", screen("help template shell")))
                .startsWith("usage: template shell").contains("--context-file", "--url PATH", "examples:");
    }
}

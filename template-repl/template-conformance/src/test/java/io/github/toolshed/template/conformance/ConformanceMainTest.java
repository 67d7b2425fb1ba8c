package io.github.toolshed.template.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConformanceMainTest {

    private static final String CORPUS = """
            {"id": "a#0", "area": "basic", "templates": {"t": "{{ x }}"}, "render": "t", "context": {"x": "<"}, "options": {"autoescape": true, "string_if_invalid": "", "debug": false, "cached": true, "libraries": {}}, "expected": "&lt;"}
            {"id": "b#0", "area": "basic", "templates": {"t": "{{ x }}"}, "render": "t", "context": {"x": "<"}, "options": {"autoescape": false, "string_if_invalid": "", "debug": false, "cached": false, "libraries": {}}, "expected": "wrong"}
            {"id": "c#0", "area": "if", "templates": {"__string__": "{% if %}"}, "render": "__string__", "context": {}, "options": {}, "error": "TemplateSyntaxError"}
            {"id": "d#0", "area": "url", "templates": {"t": "{% url 'x' %}"}, "render": "t", "context": {}, "options": {}, "error": "NoReverseMatch"}
            """;

    @Test
    void printsATablePerAreaAndEndsWithTheTotals() throws IOException {
        List<ConformanceCase> cases = Corpus.read(new ByteArrayInputStream(CORPUS.getBytes(StandardCharsets.UTF_8)));
        List<CaseRunner.Result> results = cases.stream().map(CaseRunner::run).toList();
        assertThat(results).extracting(CaseRunner.Result::passed).containsExactly(true, false, true, false);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConformanceMain.report(results, true, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).contains("FAIL b#0 [basic]", "| basic | 2 | 1 | 1 |", "| if | 1 | 1 | 0 |", "| url | 1 | 0 | 1 |",
                "| **in scope (all but i18n:*, url, static)** | 3 | 2 | 1 |");
        assertThat(lines.getLast()).isEqualTo("2 passed, 2 failed");
    }
}

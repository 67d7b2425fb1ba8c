package io.github.toolshed.template.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every in-scope case of the visible Django corpus. A case listed in
 * {@code known-failures.txt} that still fails is reported as aborted (with its reason), not as a
 * failure; every other case must match Django exactly. A listed case that passes fails the test,
 * so the list can only shrink: remove its line.
 */
class DjangoVisibleCorpusTest {

    private static final Map<String, String> KNOWN = knownFailures();

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = resource("conformance/django-visible.jsonl")) {
            return Corpus.read(in).stream()
                    .filter(ConformanceCase::inScope)
                    .map(c -> Arguments.of(Named.of(c.id() + " [" + c.area() + "]", c)))
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersWhatDjangoRendered(ConformanceCase c) {
        CaseRunner.Result result = CaseRunner.run(c);
        if (KNOWN.containsKey(c.id())) {
            assertThat(result.passed())
                    .as("%s is listed in known-failures.txt but now passes: remove its line", c.id())
                    .isFalse();
            abort("known failure: " + KNOWN.get(c.id()));
        }
        String expected = c.error() != null ? "raised " + c.error() : c.expected();
        assertThat(result.passed())
                .as("template %s%nexpected: %s%nactual:   %s", c.templates().get(c.render()), expected, result.actual())
                .isTrue();
    }

    @Test
    void knownFailuresNameExistingInScopeCasesWithReasons() throws IOException {
        List<String> ids;
        try (InputStream in = resource("conformance/django-visible.jsonl")) {
            ids = Corpus.read(in).stream().filter(ConformanceCase::inScope).map(ConformanceCase::id).toList();
        }
        assertThat(ids).containsAll(KNOWN.keySet());
        assertThat(KNOWN.values()).allSatisfy(reason -> assertThat(reason).isNotBlank());
    }

    private static InputStream resource(String name) {
        InputStream in = DjangoVisibleCorpusTest.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + name);
        }
        return in;
    }

    private static Map<String, String> knownFailures() {
        Map<String, String> known = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                resource("conformance/known-failures.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                known.put(tab < 0 ? line.strip() : line.substring(0, tab), tab < 0 ? "" : line.substring(tab + 1).strip());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return known;
    }
}

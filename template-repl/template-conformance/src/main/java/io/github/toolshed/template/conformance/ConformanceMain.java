package io.github.toolshed.template.conformance;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Command line: {@code ConformanceMain PATH [in-scope] [failures]} runs every case of a corpus
 * and prints a pass/fail table per area, the in-scope totals, and as last line
 * {@code N passed, M failed}. {@code in-scope} runs only the engine's areas (not i18n, url,
 * static); {@code failures} also lists each failing case with expected and actual output.
 */
public final class ConformanceMain {

    private ConformanceMain() {}

    /**
     * Entry point.
     *
     * @param args the corpus path and flags
     * @throws IOException when the corpus cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ConformanceMain PATH.jsonl [in-scope] [failures]");
            System.exit(2);
        }
        List<String> flags = List.of(args).subList(1, args.length).stream()
                .flatMap(a -> List.of(a.split(",")).stream())
                .map(a -> a.replaceFirst("^--", ""))
                .toList();
        boolean inScopeOnly = flags.contains("in-scope");
        boolean failures = flags.contains("failures");
        List<ConformanceCase> cases = Corpus.read(Path.of(args[0]));
        if (inScopeOnly) {
            cases = cases.stream().filter(ConformanceCase::inScope).toList();
        }
        List<CaseRunner.Result> results = cases.stream().map(CaseRunner::run).toList();
        report(results, failures, System.out);
    }

    /**
     * Prints the table.
     *
     * @param results the results
     * @param listFailures whether to list each failure
     * @param out where to print
     */
    public static void report(List<CaseRunner.Result> results, boolean listFailures, PrintStream out) {
        Map<String, int[]> byArea = new TreeMap<>();
        int[] inScope = new int[2];
        int passed = 0;
        for (CaseRunner.Result r : results) {
            int[] counts = byArea.computeIfAbsent(r.testCase().area(), k -> new int[2]);
            counts[r.passed() ? 0 : 1]++;
            if (r.testCase().inScope()) {
                inScope[r.passed() ? 0 : 1]++;
            }
            if (r.passed()) {
                passed++;
            } else if (listFailures) {
                ConformanceCase c = r.testCase();
                out.println("FAIL " + c.id() + " [" + c.area() + "]");
                out.println("  template: " + c.templates().get(c.render()));
                out.println("  expected: " + (c.error() != null ? "raised " + c.error() : c.expected()));
                out.println("  actual:   " + r.actual());
            }
        }
        out.println("| area | cases | passed | failed |");
        out.println("| --- | ---: | ---: | ---: |");
        byArea.forEach((area, c) -> out.printf("| %s | %d | %d | %d |%n", area, c[0] + c[1], c[0], c[1]));
        int total = inScope[0] + inScope[1];
        out.printf("| **in scope (all but i18n:*, url, static)** | %d | %d | %d |%n", total, inScope[0], inScope[1]);
        if (total > 0) {
            out.printf("in scope: %d of %d passed (%.1f%%)%n", inScope[0], total, 100.0 * inScope[0] / total);
        }
        out.println(passed + " passed, " + (results.size() - passed) + " failed");
    }
}

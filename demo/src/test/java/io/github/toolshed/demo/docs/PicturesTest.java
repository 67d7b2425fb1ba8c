package io.github.toolshed.demo.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generated pictures of the docs are up to date: docs/images/modules.svg is drawn from the
 * poms, docs/images/bench-*.svg from the tables of docs/benchmarks.md. Regenerate them with
 * {@code scripts/pictures} (this test with {@code -Dtoolshed.pictures.write=true}).
 */
class PicturesTest {

    private static final Path IMAGES = DocsSnippetsTest.ROOT.resolve("docs/images");

    static Map<String, String> expected() throws Exception {
        Map<String, String> pictures = new LinkedHashMap<>();
        pictures.put("modules.svg", ModuleDiagram.svg(ModuleDiagram.modules(DocsSnippetsTest.ROOT)));
        for (BenchmarkCharts.Chart chart : BenchmarkCharts.charts(DocsSnippetsTest.read("docs/benchmarks.md"))) {
            pictures.put(chart.file(), BenchmarkCharts.svg(chart));
        }
        return pictures;
    }

    @Test
    void generatedPictures_matchTheirSources() throws Exception {
        Map<String, String> pictures = expected();
        boolean write = Boolean.getBoolean("toolshed.pictures.write");
        List<String> stale = new ArrayList<>();
        for (var picture : pictures.entrySet()) {
            Path file = IMAGES.resolve(picture.getKey());
            if (write) {
                Files.writeString(file, picture.getValue(), StandardCharsets.UTF_8);
            } else if (!Files.isRegularFile(file)
                    || !Files.readString(file, StandardCharsets.UTF_8).equals(picture.getValue())) {
                stale.add(picture.getKey());
            }
        }
        assertThat(stale).as("pictures out of date; run scripts/pictures").isEmpty();
        assertThat(pictures.keySet()).contains("modules.svg").hasSizeGreaterThan(4);
    }

    @Test
    void moduleDiagram_showsTheAppsAboveTheLibrariesTheyUse() throws Exception {
        List<ModuleDiagram.Module> modules = ModuleDiagram.modules(DocsSnippetsTest.ROOT);
        assertThat(modules).extracting(ModuleDiagram.Module::artifact)
                .contains("toolshed-surlex", "toolshed-template", "toolshed-cache", "toolshed-demo", "toolshed-shell");
        ModuleDiagram.Module demo = modules.stream().filter(m -> m.artifact().equals("toolshed-demo")).findFirst()
                .orElseThrow();
        assertThat(demo.uses()).contains("toolshed-surlex-spring", "toolshed-template-spring", "toolshed-chat")
                .doesNotContain("toolshed-test-support", "toolshed-goto");
        String svg = ModuleDiagram.svg(modules);
        assertThat(svg).startsWith("<svg").contains("toolshed-demo", "marker-end").endsWith("</svg>\n");
    }

    @Test
    void charts_comeFromTablesWithUnits() {
        String page = """
                ## Some area
                | engine | score | error |
                |---|---:|---:|
                | A | 1,000 | ± 1 |
                | B <x> | 250.5 | ± 2 |

                | what | note |
                |---|---|
                | x | y |
                """;
        List<BenchmarkCharts.Chart> charts = BenchmarkCharts.charts(page);
        assertThat(charts).singleElement().satisfies(c -> {
            assertThat(c.file()).isEqualTo("bench-some-area-1.svg");
            assertThat(c.bars()).containsEntry("A", 1000.0).containsEntry("B <x>", 250.5);
        });
        assertThat(BenchmarkCharts.svg(charts.getFirst())).contains("B &lt;x&gt;", "1,000 score")
                .doesNotContain("<x>");
    }
}

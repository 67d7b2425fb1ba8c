package io.github.toolshed.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.toolshed.template.spi.Library;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of load/import that must hold for any names, and robustness against junk. */
class NamespacePropertiesTest {

    private static final Engine ENGINE = Engine.builder()
            .library(NamespaceLoadTest.lib("lib1", "app1", "tag1", "tag2"))
            .library(NamespaceLoadTest.lib("lib2", "app2", "tag1"))
            .build();

    @Provide
    Arbitrary<String> identifiers() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)
                .filter(s -> !List.of("from", "into", "as").contains(s));
    }

    @Property(tries = 200)
    void anyNamespaceBehavesLikeTheGlobalLoad(@ForAll("identifiers") String ns) {
        String global = ENGINE.fromString("{% load lib1 %}{% tag1 %}|{{ v|mark }}").render(Map.of("v", 1));
        assertThat(ENGINE.fromString("{% load lib1 into " + ns + " %}{% " + ns + ".tag1 %}|{{ v|" + ns + ".mark }}")
                .render(Map.of("v", 1))).isEqualTo(global);
        assertThat(ENGINE.fromString("{% import lib1 as " + ns + " %}{% " + ns + ".tag1 %}|{{ v|" + ns + ".mark }}")
                .render(Map.of("v", 1))).isEqualTo(global);
    }

    @Property(tries = 200)
    void anyAliasRenamesExactlyOneTag(@ForAll("identifiers") String alias) {
        assertThat(ENGINE.fromString("{% load lib1.tag2 as " + alias + " %}{% " + alias + " %}").render(Map.of()))
                .isEqualTo("app1:tag2");
    }

    @Provide
    Arbitrary<String> junkClauses() {
        Arbitrary<String> word = Arbitraries.of("lib1", "lib2", "lib1.tag1", "lib1.nope", "nope", "app1", "app2", "from",
                "into", "as", "*", ",", "ns", "x.y", "'q'", "\"", "%}", "{%", "..", "lib1.", ".tag1");
        return word.list().ofMinSize(0).ofMaxSize(8).map(ws -> String.join(" ", ws));
    }

    @Property(tries = 500)
    void junkEitherCompilesOrIsASyntaxError(@ForAll("junkClauses") String clause, @ForAll boolean importing) {
        String source = "{% " + (importing ? "import " : "load ") + clause + " %}";
        try {
            ENGINE.fromString(source).render(Map.of());
        } catch (TemplateSyntaxError e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 5)
    void librariesRenderConcurrently(@ForAll @IntRange(min = 2, max = 8) int threads) throws Exception {
        Library counter = Library.builder("c").simpleTag("echo", call -> call.arg(0, "")).build();
        Engine engine = Engine.builder().library(counter).build();
        Template t = engine.fromString("{% import c as n %}{% for i in r %}{% n.echo i %}{% endfor %}");
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Callable<String>> jobs = java.util.stream.IntStream.range(0, threads * 4)
                    .<Callable<String>>mapToObj(k -> () -> t.render(Map.of("r", List.of(k, k + 1)))).toList();
            List<Future<String>> results = pool.invokeAll(jobs);
            for (int k = 0; k < results.size(); k++) {
                assertThat(results.get(k).get()).isEqualTo(k + "" + (k + 1));
            }
        }
    }
}

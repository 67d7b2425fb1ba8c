package io.github.toolshed.template.repl;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.toolshed.template.Engine;
import io.github.toolshed.template.TemplateSyntaxError;
import io.github.toolshed.template.spi.Library;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal;
import org.junit.jupiter.api.Test;

/** {@code {% repl %}}: pausing into an attached console, and never blocking without one. */
class BreakpointTest {

    private final Engine engine = Repls.engine();

    @Test
    void pausesWithTheLiveContextAndKeepsWhatTheConsoleSets() {
        List<String> seen = new ArrayList<>();
        ReplConsole console = point -> {
            seen.add(point.context().get("x") + "@" + point.line() + ":" + ((Map<?, ?>) point.context().get("forloop")).get("counter"));
            point.context().assign("last", point.context().get("x"));
            point.context().assign("x", "changed");
        };
        String out = Breakpoints.attach(console, () -> engine.fromString(
                "{% load repl %}{% for x in xs %}\n{% repl %}{{ x }};{% endfor %}|{{ last }}").render(Map.of("xs", List.of(1, 2))));
        assertThat(seen).containsExactly("1@2:1", "2@2:2");
        assertThat(out).isEqualTo("\nchanged;\nchanged;|2");
    }

    @Test
    void breakpointKnowsItsTemplateAndLine() {
        List<Breakpoint> points = new ArrayList<>();
        String out = Breakpoints.attach(points::add, () -> engine.getTemplate("page.html").render(Map.of("title", "T")));
        assertThat(out).isEqualTo("<h1>T</h1>\n\n  ");
        assertThat(points).singleElement().satisfies(p -> {
            assertThat(p.templateName()).isEqualTo("page.html");
            assertThat(p.line()).isEqualTo(3);
        });
        Breakpoints.attach(points::add, () -> engine.fromString("{% load repl %}{% repl %}").render(Map.of()));
        assertThat(points.getLast().templateName()).isNull();
    }

    @Test
    void theTerminalConsoleRunsTheReplOnTheLiveContext() {
        String script = "{{ x }}-{{ forloop.counter }}\n:set after \"from the repl\"\nexit\n{{ x }}\nexit\n{{ x }}\n";
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        String out = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try (Terminal t = Repls.dumb(new ByteArrayInputStream(script.getBytes(UTF_8)), screen)) {
                ReplConsole console = Breakpoints.terminalConsole(engine, t);
                return Breakpoints.attach(console, () -> engine.fromString(
                        "{% load repl %}{% for x in xs %}{% repl %}[{{ x }}]{% endfor %}{{ after }}")
                        .render(Map.of("xs", List.of("a", "b"))));
            }
        });
        assertThat(screen.toString(UTF_8)).isEqualTo("a-1\nb\n");
        assertThat(out).isEqualTo("[a][b]from the repl");
    }

    @Test
    void withoutAConsoleItRendersNothingNeverBlocksAndLogsOnce() throws Exception {
        String name = "no-console.html";
        Engine e = Engine.builder().library(ReplLibrary.LIBRARY)
                .templates(Map.of(name, "a{% load repl %}{% for i in '123' %}{% repl %}{{ i }}{% endfor %}b")).build();
        CompletableFuture<String> render = CompletableFuture.supplyAsync(() -> e.getTemplate(name).render(Map.of()));
        assertThat(render.get(10, TimeUnit.SECONDS)).isEqualTo("a123b");
        assertThat(ReplLibrary.warned(name)).isTrue();
        assertThat(Breakpoints.current()).isEmpty();
    }

    @Test
    void manyConcurrentRendersWithoutAConsoleNeverWait() throws Exception {
        var template = engine.fromString("{% load repl %}{% for i in '12' %}{% repl %}{{ i }}{% endfor %}");
        try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            List<java.util.concurrent.Future<String>> renders = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                renders.add(pool.submit(() -> template.render(Map.of())));
            }
            for (var r : renders) {
                assertThat(r.get(10, TimeUnit.SECONDS)).isEqualTo("12");
            }
        }
    }

    @Test
    void theBindingEndsWithTheRenderAndIsPerThread() throws Exception {
        List<String> calls = new ArrayList<>();
        Breakpoints.attach(p -> calls.add("main"), () -> {
            CompletableFuture<String> other = CompletableFuture.supplyAsync(
                    () -> engine.fromString("{% load repl %}{% repl %}x").render(Map.of()));
            try {
                return other.get(10, TimeUnit.SECONDS);
            } catch (Exception ex) {
                throw new AssertionError(ex);
            }
        });
        assertThat(calls).isEmpty();
        assertThat(Breakpoints.current()).isEmpty();
    }

    @Test
    void nestedRendersReachTheConsoleAndConsoleErrorsPropagate() {
        assertThatThrownBy(() -> Breakpoints.attach(p -> {
            throw new IllegalStateException("console failed");
        }, () -> engine.fromString("{% load repl %}{% repl %}").render(Map.of())))
                .hasMessageContaining("console failed");
    }

    @Test
    void takesNoArguments() {
        assertThatThrownBy(() -> engine.fromString("{% load repl %}{% repl now %}"))
                .isInstanceOf(TemplateSyntaxError.class).hasMessage("'repl' takes no arguments");
    }

    @Test
    void isDiscoveredThroughTheServiceLoader() {
        Engine discovered = Engine.builder().discoverLibraries().build();
        assertThat(discovered.registeredLibraries()).extracting(Library::name).contains("repl");
        Map<String, Object> values = new HashMap<>();
        values.put("v", 1);
        assertThat(discovered.fromString("{% load repl from toolshed.template.repl %}{% repl %}{{ v }}").render(values)).isEqualTo("1");
    }
}

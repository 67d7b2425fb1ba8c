package io.github.toolshed.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.toolshed.template.spi.Library;
import io.github.toolshed.template.spi.LibraryProvider;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link LibraryProvider}s found through {@link java.util.ServiceLoader}. */
class DiscoveryTest {

    /** Registered in META-INF/services of the test class path. */
    public static final class Provider implements LibraryProvider {
        @Override
        public List<Library> libraries() {
            return List.of(
                    Library.builder("discovered").owner("test.discovery").simpleTag("found", call -> "found:" + call.arg(0, "")).build(),
                    NamespaceLoadTest.lib("lib1", "test.discovery", "tag1"));
        }
    }

    @Test
    void discoveredLibrariesAreLoadable() {
        Engine engine = Engine.builder().discoverLibraries().build();
        assertThat(engine.fromString("{% load discovered %}{% found 'x' %}").render(Map.of())).isEqualTo("found:x");
    }

    @Test
    void discoveryOrderFollowsRegistrationOrder() {
        Library mine = NamespaceLoadTest.lib("lib1", "app.mine", "tag1");
        Engine first = Engine.builder().library(mine).discoverLibraries().build();
        assertThat(first.fromString("{% load lib1 %}{% tag1 %}").render(Map.of())).isEqualTo("test.discovery:tag1");
        assertThat(first.fromString("{% load lib1 from mine %}{% tag1 %}").render(Map.of())).isEqualTo("app.mine:tag1");
        Engine last = Engine.builder().discoverLibraries().library(mine).build();
        assertThat(last.fromString("{% load lib1 %}{% tag1 %}").render(Map.of())).isEqualTo("app.mine:tag1");
    }

    @Test
    void withoutDiscoveryNothingIsRegistered() {
        assertThatThrownBy(() -> Engine.builder().build().fromString("{% load discovered %}"))
                .isInstanceOf(TemplateSyntaxError.class)
                .hasMessageContaining("'discovered' is not a registered tag library");
    }

    @Test
    void builtinLibrariesNeedNoLoad() {
        Engine engine = Engine.builder()
                .builtin(Library.builder("extra").simpleTag("now_what", call -> "always").build())
                .build();
        assertThat(engine.fromString("{% now_what %}").render(Map.of())).isEqualTo("always");
    }

    @Test
    void libraryNamesAreValidated() {
        assertThatThrownBy(() -> Library.builder("bad name").build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Library.builder("ok").owner("bad owner!").build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Library.builder("ok").simpleTag("a.b", call -> "")).isInstanceOf(IllegalArgumentException.class);
    }
}

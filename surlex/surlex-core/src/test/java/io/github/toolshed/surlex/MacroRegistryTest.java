package io.github.toolshed.surlex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MacroRegistryTest {

    @Test
    void with_returnsANewRegistryAndLeavesTheOriginalUnchanged() {
        MacroRegistry base = MacroRegistry.defaults();
        MacroRegistry more = base.with("e", "[^@]+@[^@]+");
        assertThat(more.regex("e")).contains("[^@]+@[^@]+");
        assertThat(base.regex("e")).isEmpty();
        assertThat(Surlex.compile("/to/<who:e>/", more).match("/to/a@b/")).contains(Map.of("who", "a@b"));
    }

    @Test
    void with_canRedefineABuiltIn() {
        MacroRegistry strict = MacroRegistry.defaults().with("s", "[a-z0-9-]+");
        assertThat(Surlex.compile("<x:s>", strict).matches("A_b")).isFalse();
        assertThat(Surlex.compile("<x:s>").matches("A_b")).isTrue();
    }

    @Test
    void invalidNamesAndRegexes_areRefusedEagerly() {
        assertThatThrownBy(() -> MacroRegistry.defaults().with("", "x")).hasMessage("macro name must not be empty");
        assertThatThrownBy(() -> MacroRegistry.defaults().with("a>b", "x"))
                .hasMessage("macro name 'a>b' must not contain '>'");
        assertThatThrownBy(() -> MacroRegistry.defaults().with("e", "[x"))
                .isInstanceOf(SurlexException.class)
                .hasMessageStartingWith("regex of macro 'e' does not compile: Unclosed character class");
    }

    @Test
    void emptyRegistry_knowsNoMacros() {
        assertThatThrownBy(() -> Surlex.compile("<y:Y>", MacroRegistry.empty()))
                .isInstanceOf(UnknownMacroException.class)
                .hasMessageContaining("unknown macro 'Y' (known macros: )");
    }

    @Test
    void withAll_addsSeveral() {
        MacroRegistry r = MacroRegistry.empty().withAll(Map.of("a", "a+", "b", "b+"));
        assertThat(r.names()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void register_addsProcessWideAndRefusesRedefinition() {
        String name = "toolshedTestMacro";
        MacroRegistry.register(name, "[xyz]+");
        MacroRegistry.register(name, "[xyz]+");
        assertThat(Surlex.compile("/<v:" + name + ">/").match("/xyz/")).contains(Map.of("v", "xyz"));
        assertThat(MacroRegistry.global().regex(name)).contains("[xyz]+");
        assertThat(MacroRegistry.defaults().regex(name)).isEmpty();
        assertThatThrownBy(() -> MacroRegistry.register(name, "[abc]+"))
                .isInstanceOf(SurlexException.class)
                .hasMessageContaining("already registered process-wide as '[xyz]+'");
    }

    @Test
    void register_concurrentRegistrationsAreNotLost() throws Exception {
        try (var executor = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 100; i++) {
                String name = "concurrent" + i;
                executor.submit(() -> MacroRegistry.register(name, "x"));
            }
        }
        for (int i = 0; i < 100; i++) {
            assertThat(MacroRegistry.global().regex("concurrent" + i)).contains("x");
        }
    }
}

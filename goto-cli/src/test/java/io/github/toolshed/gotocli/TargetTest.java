package io.github.toolshed.gotocli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetTest {

    @ParameterizedTest
    @ValueSource(strings = {"p", "proj", "site-packages", "a/b", "café", "x.y", "$(x)", "`x`", "it's", "日本"})
    void acceptedNames(String name) {
        assertThat(Target.checkName(name)).isEqualTo(name);
        assertThat(new Target(name, Path.of("/tmp")).name()).isEqualTo(name);
    }

    @Test
    void emptyNameIsRefused() {
        assertThatThrownBy(() -> Target.checkName("")).hasMessage("alias name must not be empty");
        assertThatThrownBy(() -> Target.checkName(null)).hasMessage("alias name must not be empty");
    }

    @Test
    void leadingDashIsRefused() {
        assertThatThrownBy(() -> Target.checkName("-rf")).hasMessage("alias name must not start with '-': '-rf'");
    }

    @Test
    void leadingSlashIsRefused() {
        assertThatThrownBy(() -> Target.checkName("/etc")).hasMessage("alias name must not start with '/': '/etc'");
    }

    @Test
    void dotNamesAreRefused() {
        assertThatThrownBy(() -> Target.checkName("..")).hasMessage("alias name must not be '.' or '..'");
        assertThatThrownBy(() -> Target.checkName(".")).hasMessage("alias name must not be '.' or '..'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b", "a\tb", "a\nb", "a\u00a0b", "a\u2003b", "a\u0007", "ab\r"})
    void whitespaceAndControlCharactersAreRefused(String name) {
        assertThatThrownBy(() -> Target.checkName(name))
                .isInstanceOf(GotoException.class)
                .hasMessageStartingWith("alias name must not contain whitespace or control characters: '")
                .hasMessageNotContaining("\n")
                .hasMessageNotContaining("\t");
    }

    @Test
    void relativeDirectoryIsRefused() {
        assertThatThrownBy(() -> new Target("p", Path.of("projects")))
                .hasMessage("directory of 'p' must be absolute, was projects");
    }
}

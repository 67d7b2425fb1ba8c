package io.github.toolshed.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BinariesTest {

    @Test
    void missingBinary_failsNamingTheDebianPackage() {
        assertThatThrownBy(() -> Binaries.require("toolshed-no-such-binary", "toolshed-no-such-package"))
                .isInstanceOf(MissingBinaryException.class)
                .hasMessageContaining("'toolshed-no-such-binary' was not found")
                .hasMessageContaining("apt-get install toolshed-no-such-package");
    }

    @Test
    void presentBinary_isFoundOnPath() {
        assertThat(Binaries.find("sh")).hasValueSatisfying(path -> assertThat(path).isAbsolute());
    }

    @Test
    void freePorts_areBelowTheEphemeralRange() {
        for (int i = 0; i < 20; i++) {
            assertThat(FreePorts.next()).isBetween(20_000, 32_000);
        }
    }
}

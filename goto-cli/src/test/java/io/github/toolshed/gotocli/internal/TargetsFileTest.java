package io.github.toolshed.gotocli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.toolshed.gotocli.CorruptLine;
import io.github.toolshed.gotocli.Target;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TargetsFileTest {

    @Test
    void parsesAliasesCommentsAndBlankLines() {
        TargetsFile file = TargetsFile.parse("# c\n\np\t/srv/p\nq\t/srv/q r\n", null);
        assertThat(file.targets())
                .containsExactly(new Target("p", Path.of("/srv/p")), new Target("q", Path.of("/srv/q r")));
        assertThat(file.corrupt()).isEmpty();
        assertThat(file.format()).isEqualTo("# c\n\np\t/srv/p\nq\t/srv/q r\n");
    }

    @Test
    void corruptLinesCarryTheirLineNumberAndReason() {
        String text = "ok\t/ok\nno tab\n-x\t/x\nrel\tsome/dir\nbad\t/a\\qb\nok\t/dup\ntrail\t/a\\\n";
        TargetsFile file = TargetsFile.parse(text, null);
        assertThat(file.corrupt()).containsExactly(
                new CorruptLine(2, "no tab", "no tab between name and path"),
                new CorruptLine(3, "-x\t/x", "alias name must not start with '-': '-x'"),
                new CorruptLine(4, "rel\tsome/dir", "directory of 'rel' must be absolute, was some/dir"),
                new CorruptLine(5, "bad\t/a\\qb", "bad escape in path (use \\\\, \\n, \\t or \\r)"),
                new CorruptLine(6, "ok\t/dup", "duplicate alias 'ok' (first on line 1)"),
                new CorruptLine(7, "trail\t/a\\", "bad escape in path (use \\\\, \\n, \\t or \\r)"));
        assertThat(file.targets()).containsExactly(new Target("ok", Path.of("/ok")));
        assertThat(file.format()).isEqualTo(text);
    }

    @Test
    void aPathWithANulIsCorruptNotACrash() {
        TargetsFile file = TargetsFile.parse("n\t/a\u0000b\n", null);
        assertThat(file.targets()).isEmpty();
        assertThat(file.corrupt()).singleElement().satisfies(c -> assertThat(c.line()).isEqualTo(1));
    }

    @Test
    void crlfLineEndingsAreTolerated() {
        TargetsFile file = TargetsFile.parse("p\t/srv/p\r\n# c\r\n", null);
        assertThat(file.targets()).containsExactly(new Target("p", Path.of("/srv/p")));
        assertThat(file.format()).isEqualTo("p\t/srv/p\r\n# c\r\n");
    }

    @Test
    void tildeStandsForHome() {
        TargetsFile file = TargetsFile.parse("p\t~/projects\nh\t~\nt\t/x/~/y\n", "/home/me");
        assertThat(file.targets()).extracting(t -> t.directory().toString())
                .containsExactly("/home/me/projects", "/home/me", "/x/~/y");
    }

    @Test
    void missingFinalNewlineIsAccepted() {
        assertThat(TargetsFile.parse("p\t/p", null).targets()).containsExactly(new Target("p", Path.of("/p")));
    }

    @Property
    void escapingRoundTripsAndStaysOnOneLine(@ForAll String path) {
        String escaped = TargetsFile.escape(path);
        assertThat(escaped).doesNotContain("\n", "\r", "\t");
        assertThat(TargetsFile.unescape(escaped, 0)).isEqualTo(path);
    }

    @Property
    void anyAbsolutePathSurvivesAWriteAndARead(@ForAll String tail) {
        if (tail.indexOf('\0') >= 0) {
            return;
        }
        Target target = new Target("n", Path.of("/" + tail));
        TargetsFile file = TargetsFile.empty();
        file.put(target, false);
        assertThat(TargetsFile.parse(file.format(), "/home").targets()).containsExactly(target);
    }
}

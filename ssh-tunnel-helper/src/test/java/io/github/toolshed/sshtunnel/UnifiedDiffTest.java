package io.github.toolshed.sshtunnel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.toolshed.sshtunnel.internal.UnifiedDiff;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

    @Test
    void equalTexts_giveNoDiff() {
        assertThat(UnifiedDiff.diff("a\n", "a\n", "f", 3)).isEmpty();
    }

    @Test
    void separatedChanges_giveSeparateHunks_likeDiffU() {
        String a = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n";
        String b = "1\nX\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\nY\n";
        assertThat(UnifiedDiff.diff(a, b, "f", 2)).isEqualTo("""
                --- a/f
                +++ b/f
                @@ -1,4 +1,4 @@
                 1
                -2
                +X
                 3
                 4
                @@ -11,2 +11,3 @@
                 11
                 12
                +Y
                """);
    }

    @Test
    void insertionIntoEmptyFile_andMissingFinalNewline() {
        assertThat(UnifiedDiff.diff("", "a\n", "f", 3)).isEqualTo("--- a/f\n+++ b/f\n@@ -0,0 +1 @@\n+a\n");
        assertThat(UnifiedDiff.diff("a", "a\n", "f", 3))
                .isEqualTo("--- a/f\n+++ b/f\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+a\n");
    }

    @Test
    void hugeDifferingMiddle_isShownAsReplacement() {
        String a = "x\n".repeat(3000);
        String b = "y\n".repeat(3000);
        String diff = UnifiedDiff.diff(a, b, "f", 3);
        assertThat(diff).startsWith("--- a/f\n+++ b/f\n@@ -1,3000 +1,3000 @@\n-x\n");
        assertThat(diff.lines().filter(l -> l.equals("+y")).count()).isEqualTo(3000);
    }
}

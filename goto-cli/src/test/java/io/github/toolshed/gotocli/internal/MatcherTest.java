package io.github.toolshed.gotocli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.toolshed.gotocli.Target;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatcherTest {

    private static final List<Target> TARGETS = List.of(
            new Target("projects", Path.of("/p")),
            new Target("proj", Path.of("/q")),
            new Target("site-packages", Path.of("/s")),
            new Target("Django", Path.of("/dj")),
            new Target("docs", Path.of("/d")),
            new Target("work/api", Path.of("/w/a")),
            new Target("work", Path.of("/w")));

    private static Matcher.Result match(String query) {
        return Matcher.match(query, TARGETS);
    }

    @Test
    void exactNameWinsOverLongerPrefixes() {
        assertThat(match("proj")).isEqualTo(new Matcher.Found(TARGETS.get(1), ""));
    }

    @Test
    void uniquePrefixJumps() {
        assertThat(match("si")).isEqualTo(new Matcher.Found(TARGETS.get(2), ""));
    }

    @Test
    void severalPrefixesAreAmbiguousInFileOrder() {
        assertThat(match("pro")).isEqualTo(new Matcher.Ambiguous(List.of("projects", "proj")));
    }

    @Test
    void uniqueSubsequenceJumps() {
        assertThat(match("spk")).isEqualTo(new Matcher.Found(TARGETS.get(2), ""));
        assertThat(match("pjs")).isEqualTo(new Matcher.Found(TARGETS.get(0), ""));
    }

    @Test
    void prefixBeatsSubsequence() {
        // "d" starts "docs" (and "Django" without case), and is a subsequence of others.
        assertThat(match("do")).isEqualTo(new Matcher.Found(TARGETS.get(4), ""));
    }

    @Test
    void smartCaseIgnoresCaseOnlyForLowerCaseQueries() {
        assertThat(match("dj")).isEqualTo(new Matcher.Found(TARGETS.get(3), ""));
        assertThat(match("DJ")).isInstanceOf(Matcher.NotFound.class);
        assertThat(match("Dj")).isEqualTo(new Matcher.Found(TARGETS.get(3), ""));
    }

    @Test
    void subDirectoryBelowAnAlias() {
        assertThat(match("proj/src/main")).isEqualTo(new Matcher.Found(TARGETS.get(1), "src/main"));
        assertThat(match("si/lib")).isEqualTo(new Matcher.Found(TARGETS.get(2), "lib"));
    }

    @Test
    void longestAliasWinsForNamesWithSlashes() {
        assertThat(match("work/api/v1")).isEqualTo(new Matcher.Found(TARGETS.get(5), "v1"));
        assertThat(match("work/api")).isEqualTo(new Matcher.Found(TARGETS.get(5), ""));
        assertThat(match("work/web")).isEqualTo(new Matcher.Found(TARGETS.get(6), "web"));
    }

    @Test
    void noMatchSuggestsNearNames() {
        assertThat(match("dosc")).isEqualTo(new Matcher.NotFound(List.of("docs")));
        assertThat(match("xyz")).isEqualTo(new Matcher.NotFound(List.of()));
        assertThat(match("/etc")).isEqualTo(new Matcher.NotFound(List.of()));
    }

    @Test
    void emptyListFindsNothing() {
        assertThat(Matcher.match("a", List.of())).isEqualTo(new Matcher.NotFound(List.of()));
    }

    @Test
    void editDistance() {
        assertThat(Matcher.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Matcher.distance("", "abc")).isEqualTo(3);
        assertThat(Matcher.distance("same", "same")).isZero();
    }
}

package io.github.toolshed.surlex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

class SurlexPropertiesTest {

    /** Characters that matter to surlex or to regexes, plus ordinary ones. */
    private static final String ALPHABET = "<>()=:\\*^$[]{}.+?|#/-_aZ09 sYMduy";

    @Provide
    Arbitrary<String> nastyPatterns() {
        return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(40);
    }

    @Property(tries = 3000)
    void compile_eitherCompilesOrThrowsSyntaxError(@ForAll("nastyPatterns") String pattern) {
        try {
            Surlex s = Surlex.compile(pattern);
            assertThat(s.regex()).isNotNull();
        } catch (SurlexSyntaxException e) {
            assertThat(e.position()).isBetween(0, pattern.length());
            assertThat(e.caretView()).contains("^ ");
        }
    }

    @Property(tries = 500)
    void compile_anyUnicodeString_compilesOrThrowsSyntaxError(@ForAll @StringLength(max = 60) String pattern) {
        try {
            Surlex.compile(pattern);
        } catch (SurlexSyntaxException e) {
            assertThat(e.pattern()).isEqualTo(pattern);
        }
    }

    @Property(tries = 1000)
    void literalOnlyPattern_matchesExactlyItself(@ForAll("literalText") String text) {
        Surlex s = Surlex.compile(text);
        assertThat(s.match(text)).contains(Map.of());
        assertThat(s.matches(text + "x")).isFalse();
        assertThat(s.reverse(Map.of())).isEqualTo(text);
    }

    @Provide
    Arbitrary<String> literalText() {
        // No surlex syntax characters, but every regex metacharacter; '^'/'$' only inside.
        return Arbitraries.strings().withChars("/.+?[]{}|-_aZ09 %&;'\"".toCharArray()).ofMaxLength(30);
    }

    @Property(tries = 1000)
    void escapedArbitraryText_matchesExactlyItself(@ForAll @StringLength(max = 40) String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("<>()*\\^$".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        Surlex s = Surlex.compile(escaped.toString());
        assertThat(s.matches(text)).isTrue();
        assertThat(s.matches(text + "x")).isFalse();
    }

    /** A generated pattern with the values for each capture (absent optionals left out). */
    record Case(String pattern, Map<String, String> values) {}

    @Provide
    Arbitrary<Case> patternsWithValues() {
        Arbitrary<String> segment = Arbitraries.strings().withChars("abc.+[]{}-".toCharArray()).ofMinLength(1).ofMaxLength(5);
        Arbitrary<Integer> macro = Arbitraries.integers().between(0, 7);
        Arbitrary<Boolean> optional = Arbitraries.of(true, false);
        Arbitrary<Boolean> given = Arbitraries.of(true, false);
        Arbitrary<Integer> seed = Arbitraries.integers().between(0, 1_000_000);
        Arbitrary<List<Part>> parts = Combinators.combine(segment, macro, optional, given, seed)
                .as(Part::new).list().ofMinSize(1).ofMaxSize(6);
        return parts.map(SurlexPropertiesTest::build);
    }

    record Part(String literal, int macro, boolean optional, boolean given, int seed) {}

    private static final String[] MACROS = {"Y", "y", "M", "m", "d", "#", "s", "u"};

    private static Case build(List<Part> parts) {
        StringBuilder pattern = new StringBuilder();
        Map<String, String> values = new LinkedHashMap<>();
        List<String> months = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            String name = "v_" + i;
            String macro = MACROS[p.macro()];
            int n = p.seed();
            String value = switch (macro) {
                case "Y" -> String.format("%04d", n % 10000);
                case "y" -> String.format("%02d", n % 100);
                case "M" -> months.get(n % 12);
                case "m" -> String.valueOf(1 + n % 12);
                case "d" -> String.format("%02d", 1 + n % 31);
                case "#" -> String.valueOf(n);
                case "s" -> "slug-" + n + "_x";
                default -> new java.util.UUID(n * 31L, n).toString();
            };
            // The index keeps adjacent optional sections apart: the same literal twice is ambiguous.
            String piece = "/" + p.literal() + "~" + i + "/<" + name + ":" + macro + ">";
            if (p.optional()) {
                pattern.append('(').append(piece).append(')');
                if (p.given()) {
                    values.put(name, value);
                }
            } else {
                pattern.append(piece);
                values.put(name, value);
            }
        }
        pattern.append('/');
        return new Case(pattern.toString(), values);
    }

    @Property(tries = 1000)
    void match_ofReverse_givesBackTheValues(@ForAll("patternsWithValues") Case c) {
        Surlex s = Surlex.compile(c.pattern());
        String url = s.reverse(c.values());
        assertThat(s.match(url)).contains(c.values());
        assertThat(new ArrayList<>(s.match(url).orElseThrow().keySet()))
                .isEqualTo(s.names().stream().filter(c.values()::containsKey).toList());
    }
}

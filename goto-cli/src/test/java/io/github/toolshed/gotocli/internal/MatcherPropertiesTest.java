package io.github.toolshed.gotocli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.toolshed.gotocli.Target;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MatcherPropertiesTest {

    @Provide
    Arbitrary<List<String>> names() {
        return Arbitraries.strings()
                .withChars("abcABC-_./é")
                .ofMinLength(1)
                .ofMaxLength(6)
                .filter(n -> n.charAt(0) != '-' && n.charAt(0) != '/' && !n.equals(".") && !n.equals(".."))
                .list()
                .ofMinSize(1)
                .ofMaxSize(8)
                .map(list -> new ArrayList<>(new LinkedHashSet<>(list)));
    }

    private static List<Target> targets(List<String> names) {
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            targets.add(new Target(names.get(i), Path.of("/d/" + i)));
        }
        return targets;
    }

    @Property
    void anExactNameAlwaysFindsItsOwnAlias(@ForAll("names") List<String> names) {
        List<Target> targets = targets(names);
        for (Target t : targets) {
            assertThat(Matcher.match(t.name(), targets)).isEqualTo(new Matcher.Found(t, ""));
        }
    }

    @Property
    void whatIsFoundFitsTheQuery(@ForAll("names") List<String> names, @ForAll("query") String query) {
        List<Target> targets = targets(names);
        Matcher.Result result = Matcher.match(query, targets);
        if (result instanceof Matcher.Found found) {
            String name = found.target().name();
            int slash = query.indexOf('/');
            String head = slash < 0 ? query : query.substring(0, slash);
            boolean fits = query.equals(name)
                    || query.startsWith(name + "/")
                    || fold(name, head).startsWith(fold(head, head))
                    || Matcher.isSubsequence(fold(head, head), fold(name, head));
            assertThat(fits).as("%s found for %s", name, query).isTrue();
        } else if (result instanceof Matcher.Ambiguous ambiguous) {
            Set<String> distinct = new LinkedHashSet<>(ambiguous.candidates());
            assertThat(distinct).hasSizeGreaterThan(1).isSubsetOf(names);
        }
    }

    @Provide
    Arbitrary<String> query() {
        return Arbitraries.strings().withChars("abcABC-_./é").ofMinLength(1).ofMaxLength(8);
    }

    /** The smart-case comparison the matcher applies for this query. */
    private static String fold(String s, String query) {
        return query.equals(query.toLowerCase(Locale.ROOT)) ? s.toLowerCase(Locale.ROOT) : s;
    }
}

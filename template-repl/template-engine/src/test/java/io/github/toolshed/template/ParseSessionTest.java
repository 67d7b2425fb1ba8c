package io.github.toolshed.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.toolshed.template.python.Python;
import io.github.toolshed.template.spi.FilterSpec;
import io.github.toolshed.template.spi.Library;
import io.github.toolshed.template.spi.TagRenderer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The engine API a REPL builds on: parse sessions, unclosed blocks, trees, names and lookups. */
class ParseSessionTest {

    private static final FilterSpec SHOUT = FilterSpec.of("shout", FilterSpec.Arity.NONE, (v, a, c) -> Python.str(v) + "!");
    private static final AtomicReference<SourceLocation> SEEN = new AtomicReference<>();

    private final Engine engine = Engine.builder()
            .library(Library.builder("voice").owner("com.example.voice").filter(SHOUT)
                    .tag("where", p -> {
                        SEEN.set(p.location());
                        TagRenderer r = (scope, out) -> out.append("here");
                        return r;
                    }).build())
            .library(Library.builder("voice").owner("org.other").build())
            .build();

    @Test
    void loadsPersistAcrossCompilesOfOneSessionOnly() {
        ParseSession session = engine.newParseSession();
        assertThat(session.compile("{% load voice from com.example.voice %}").render(Map.of())).isEmpty();
        assertThat(session.compile("{{ x|shout }}").render(Map.of("x", "hi"))).isEqualTo("hi!");
        assertThat(session.filterNames()).contains("shout", "upper");
        assertThat(session.tagNames()).contains("where", "for");
        assertThatThrownBy(() -> engine.newParseSession().compile("{{ x|shout }}")).hasMessage("Invalid filter: 'shout'");
        assertThatThrownBy(() -> engine.fromString("{{ x|shout }}")).hasMessage("Invalid filter: 'shout'");
        session.reset();
        assertThatThrownBy(() -> session.compile("{{ x|shout }}")).hasMessage("Invalid filter: 'shout'");
    }

    @Test
    void aFailedCompileLoadsNothing() {
        ParseSession session = engine.newParseSession();
        assertThatThrownBy(() -> session.compile("{% import voice from com.example.voice as v %}{% bogus %}")).isInstanceOf(TemplateSyntaxError.class);
        assertThat(session.filterNames()).doesNotContain("v.shout");
        session.compile("{% import voice from com.example.voice as v %}");
        assertThat(session.filterNames()).contains("v.shout");
        assertThat(session.tagNames()).contains("v.where");
    }

    @Test
    void unclosedBlocksAreToldApartFromOtherErrors() {
        ParseSession session = engine.newParseSession();
        assertThat(session.isIncomplete("{% for x in xs %}{{ x }}")).isTrue();
        assertThat(session.isIncomplete("{% if a %}{% for x in xs %}{% endfor %}")).isTrue();
        assertThat(session.isIncomplete("{% comment %}never closed")).isTrue();
        assertThat(session.isIncomplete("{% for x in xs %}{{ x }}{% endfor %}")).isFalse();
        assertThat(session.isIncomplete("{% endfor %}")).isFalse();
        assertThat(session.isIncomplete("{% for x in xs %}{% bogus %}")).isFalse();
        assertThat(session.isIncomplete("{{ x|nofilter }}")).isFalse();
        assertThat(session.isIncomplete("{% load voice %}{% for x in xs %}")).isTrue();
        assertThat(session.filterNames()).doesNotContain("shout");
        assertThatThrownBy(() -> engine.fromString("{% if a %}"))
                .isInstanceOfSatisfying(TemplateSyntaxError.class, e -> {
                    assertThat(e.unclosedBlock()).isTrue();
                    assertThat(e.expectedTags()).containsExactly("elif", "else", "endif");
                });
        assertThat(session.check("{% for x in xs %}{% if x %}{% endif %}")).hasValueSatisfying(
                e -> assertThat(e.expectedTags()).containsExactly("empty", "endfor"));
        assertThat(session.check("{% comment %}")).hasValueSatisfying(
                e -> assertThat(e.expectedTags()).containsExactly("endcomment"));
        assertThat(session.check("{{ x }}")).isEmpty();
        assertThat(session.check("{% endif %}")).hasValueSatisfying(e -> assertThat(e.expectedTags()).isEmpty());
        assertThatThrownBy(() -> engine.fromString("{% else %}"))
                .isInstanceOfSatisfying(TemplateSyntaxError.class, e -> assertThat(e.unclosedBlock()).isFalse());
    }

    @Test
    void treeShowsNodesAndNestedBodies() {
        String tree = engine.fromString("a{% for x in xs %}\n{{ x|upper }}{% empty %}none{% endfor %}").tree();
        assertThat(tree).isEqualTo("""
                text "a"
                tag {% for x in xs %}  (line 1)
                  branch 1:
                    text "\\n"
                    variable {{ x|upper }}  (line 2)
                  branch 2:
                    text "none"
                """);
        assertThat(engine.fromString("{{ a }}").tree()).isEqualTo("variable {{ a }}  (line 1)\n");
        assertThat(engine.fromString("x".repeat(500)).tree()).hasSizeLessThan(80);
    }

    @Test
    void registeredLibrariesListEveryOwner() {
        assertThat(engine.registeredLibraries()).extracting(l -> l.name() + " from " + l.owner())
                .containsExactly("voice from com.example.voice", "voice from org.other");
    }

    @Test
    void libraryTagsKnowTheirLocation() {
        engine.fromString("{% load voice from com.example.voice %}\n\n  {% where %}");
        assertThat(SEEN.get().line()).isEqualTo(3);
        assertThat(SEEN.get().column()).isEqualTo(3);
    }

    /** A bean with a getter, a boolean property, a plain method and a denied one. */
    public static final class Bean {
        /** @return a name */
        public String getName() {
            return "bean";
        }

        /** @return a flag */
        public boolean isActive() {
            return true;
        }

        /** @return a size */
        public int size() {
            return 3;
        }

        /** Not readable: a mutator name. */
        public void clear() {
            // nothing
        }
    }

    /** A record with components. */
    public record Point(int x, int y) {}

    @Test
    void memberNamesHonourThePolicy() {
        MemberAccessPolicy policy = MemberAccessPolicy.defaults();
        assertThat(policy.memberNames(Bean.class)).contains("name", "active", "size", "getName", "toString")
                .doesNotContain("clear", "getClass", "class", "hashCode");
        assertThat(policy.memberNames(Point.class)).contains("x", "y");
        assertThat(policy.memberNames(Thread.class)).isEmpty();
        assertThat(policy.withDeniedMethods("getName").memberNames(Bean.class)).doesNotContain("name", "getName");
        assertThat(policy.member(new Point(1, 2), "y")).contains(2);
        assertThat(policy.member(Map.of("k", "v"), "k")).contains("v");
        assertThat(policy.member(List.of("a", "b"), "1")).contains("b");
        assertThat(policy.member(new Bean(), "getClass")).isEmpty();
        assertThat(policy.member(null, "x")).isEmpty();
    }

    @Test
    void assignOutlivesTheScopesTagsPush() {
        Context context = new Context(new HashMap<>(Map.of("a", 1)));
        context.push(Map.of("loop", 1));
        context.assign("fresh", "f");
        context.assign("loop", 2);
        context.assign("a", 3);
        assertThat(context.get("loop")).isEqualTo(2);
        context.pop();
        assertThat(context.get("fresh")).isEqualTo("f");
        assertThat(context.get("a")).isEqualTo(3);
        assertThat(context.has("loop")).isFalse();
        List<String> seen = new ArrayList<>();
        Context bare = new Context();
        bare.assign("b", 1);
        seen.add(String.valueOf(bare.get("b")));
        assertThat(seen).containsExactly("1");
    }
}

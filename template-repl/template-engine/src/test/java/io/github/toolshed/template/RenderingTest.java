package io.github.toolshed.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.toolshed.template.python.PyTuple;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RenderingTest {

    private static final Engine ENGINE = Engine.builder().build();

    private static String render(String source, Map<String, ?> context) {
        return ENGINE.fromString(source).render(context);
    }

    public record Stock(String name, double price) {
        public String shout() {
            return name.toUpperCase(java.util.Locale.ROOT);
        }
    }

    /** A bean with a getter and a public field. */
    public static final class Bean {
        public final int field = 7;

        public String getTitle() {
            return "T";
        }

        public boolean isActive() {
            return true;
        }
    }

    @Test
    void variablesAreEscapedUnlessSafe() {
        assertThat(render("{{ a }}|{{ b }}", Map.of("a", "<i>&'\"", "b", SafeString.of("<b>"))))
                .isEqualTo("&lt;i&gt;&amp;&#x27;&quot;|<b>");
    }

    @Test
    void autoescapeTagTurnsEscapingOff() {
        assertThat(render("{% autoescape off %}{{ a }}{% endautoescape %}{{ a }}", Map.of("a", "<")))
                .isEqualTo("<&lt;");
    }

    @Test
    void lookupsReachMapsRecordsBeansFieldsMethodsAndIndexes() {
        Map<String, Object> ctx = Map.of(
                "m", Map.of("k", "v"),
                "s", new Stock("acme", 1.5),
                "b", new Bean(),
                "l", List.of("x", "y"));
        assertThat(render("{{ m.k }} {{ s.name }} {{ s.price }} {{ s.shout }} {{ b.title }} {{ b.active }} {{ b.field }} {{ l.1 }}", ctx))
                .isEqualTo("v acme 1.5 ACME T True 7 y");
    }

    @Test
    void dangerousMembersAreNotReachable() {
        Map<String, Object> ctx = Map.of("s", new Stock("a", 1), "c", String.class);
        assertThat(render("[{{ s.class }}][{{ s.getClass }}][{{ c.classLoader }}][{{ c.name }}][{{ s.hashCode }}]", ctx))
                .isEqualTo("[][][][][]");
    }

    @Test
    void underscoreNamesAreRefused() {
        assertThatThrownBy(() -> ENGINE.fromString("{{ a._b }}"))
                .isInstanceOf(TemplateSyntaxError.class)
                .hasMessage("Variables and attributes may not begin with underscores: 'a._b'");
    }

    @Test
    void pythonDisplayOfValues() {
        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("none", null);
        ctx.put("list", List.of("a", 1));
        ctx.put("tuple", PyTuple.of(1, 2));
        ctx.put("f", 1.0);
        assertThat(render("{% autoescape off %}{{ none }} {{ list }} {{ tuple }} {{ f }} {{ True }}{% endautoescape %}", ctx))
                .isEqualTo("None ['a', 1] (1, 2) 1.0 True");
    }

    @Test
    void stringIfInvalidWithPercentS() {
        Engine engine = Engine.builder().stringIfInvalid("[%s missing]").build();
        assertThat(engine.fromString("{{ nope.deeper }}").render(Map.of())).isEqualTo("[nope.deeper missing]");
    }

    @Test
    void forLoopVariablesUnpackingReversedAndEmpty() {
        Map<String, Object> ctx = Map.of("pairs", List.of(PyTuple.of("a", 1), PyTuple.of("b", 2)), "none", List.of());
        assertThat(render("{% for k, v in pairs reversed %}{{ forloop.counter }}{{ k }}{{ v }}{% if forloop.last %}.{% endif %}{% endfor %}"
                + "{% for x in none %}x{% empty %}E{% endfor %}", ctx))
                .isEqualTo("1b22a1.E");
    }

    @Test
    void ifOperatorsFollowDjangoPrecedence() {
        Map<String, Object> ctx = Map.of("a", 1, "b", 0, "l", List.of(1, 2));
        assertThat(render("{% if a or b and not a %}y{% endif %}{% if 2 in l and 3 not in l %}z{% endif %}"
                + "{% if a > b and a >= 1 and b < 1 and b <= 0 and a != b %}w{% endif %}{% if none is None %}n{% endif %}", ctx))
                .isEqualTo("yzwn");
        assertThat(render("{% if a < 'x' %}bad{% else %}unorderable is false{% endif %}", ctx)).isEqualTo("unorderable is false");
    }

    @Test
    void withCycleFirstofWidthratioTemplatetagSpaceless() {
        assertThat(render("{% with x=1 y='z' %}{{ x }}{{ y }}{% endwith %}", Map.of())).isEqualTo("1z");
        assertThat(render("{% for i in l %}{% cycle 'a' 'b' %}{% endfor %}", Map.of("l", List.of(1, 2, 3)))).isEqualTo("aba");
        assertThat(render("{% firstof a b 'c' %}", Map.of("a", 0, "b", ""))).isEqualTo("c");
        assertThat(render("{% widthratio 175 200 100 %}", Map.of())).isEqualTo("88");
        assertThat(render("{% templatetag openblock %}", Map.of())).isEqualTo("{%");
        assertThat(render("{% spaceless %} <p> <a>x</a> </p> {% endspaceless %}", Map.of())).isEqualTo("<p><a>x</a></p>");
    }

    @Test
    void csrfTokenComesFromThePluggableSource() {
        assertThat(render("[{% csrf_token %}]", Map.of())).isEqualTo("[]");
        Engine engine = Engine.builder().csrfTokenSource(c -> "t<k").build();
        assertThat(engine.fromString("{% csrf_token %}").render(Map.of()))
                .isEqualTo("<input type=\"hidden\" name=\"csrfmiddlewaretoken\" value=\"t&lt;k\">");
    }

    @Test
    void regroupGroupsConsecutiveItems() {
        List<Map<String, String>> people = List.of(
                Map.of("name", "a", "city", "X"), Map.of("name", "b", "city", "X"), Map.of("name", "c", "city", "Y"));
        assertThat(render("{% regroup people by city as g %}{% for grp in g %}{{ grp.grouper }}:{% for p in grp.list %}{{ p.name }}{% endfor %};{% endfor %}",
                Map.of("people", people)))
                .isEqualTo("X:ab;Y:c;");
    }

    @Test
    void contextIsRestoredAfterRendering() {
        Context ctx = new Context(Map.of("x", 1));
        ENGINE.fromString("{% with x=2 %}{{ x }}{% endwith %}{% for x in l %}{% endfor %}").render(ctx);
        assertThat(ctx.get("x")).isEqualTo(1);
    }
}

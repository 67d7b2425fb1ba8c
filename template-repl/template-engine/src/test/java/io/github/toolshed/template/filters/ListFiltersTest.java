package io.github.toolshed.template.filters;

import static io.github.toolshed.template.filters.FilterCalls.call;
import static io.github.toolshed.template.filters.FilterCalls.render;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.toolshed.template.SafeString;
import io.github.toolshed.template.TemplateRenderError;
import io.github.toolshed.template.python.PyTuple;
import io.github.toolshed.template.python.Python;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListFiltersTest {

    private static Map<String, Object> person(String name, Object age) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("age", age);
        return m;
    }

    @Test
    void default_and_defaultIfNone() {
        assertThat(call("default", "", "x")).isEqualTo("x");
        assertThat(call("default", 0L, "x")).isEqualTo("x");
        assertThat(call("default", List.of(), "x")).isEqualTo("x");
        assertThat(call("default", "val", "x")).isEqualTo("val");
        assertThat(call("default_if_none", "", "x")).isEqualTo("");
        assertThat(call("default_if_none", null, "x")).isEqualTo("x");
    }

    @Test
    void dictsort_sortsStablyByKeyPath() {
        List<Object> people = List.of(person("Barbara-Ann", 23L), person("Ra Ra Rasputin", 63L), person("Jonny B Goode", 18L),
                person("Tie", 23L));
        assertThat(Python.str(call("dictsort", people, "age")))
                .isEqualTo("[{'name': 'Jonny B Goode', 'age': 18}, {'name': 'Barbara-Ann', 'age': 23}, "
                        + "{'name': 'Tie', 'age': 23}, {'name': 'Ra Ra Rasputin', 'age': 63}]");
        assertThat(Python.str(call("dictsortreversed", people, "age")))
                .isEqualTo("[{'name': 'Ra Ra Rasputin', 'age': 63}, {'name': 'Barbara-Ann', 'age': 23}, "
                        + "{'name': 'Tie', 'age': 23}, {'name': 'Jonny B Goode', 'age': 18}]");
        List<Object> tuples = List.of(PyTuple.of("a", "42"), PyTuple.of("c", "string"), PyTuple.of("b", "foo"));
        assertThat(Python.str(call("dictsort", tuples, 0L))).isEqualTo("[('a', '42'), ('b', 'foo'), ('c', 'string')]");
        assertThat(call("dictsort", tuples, "0")).isEqualTo("");
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("foo", Map.of("bar", 2L));
        Map<String, Object> nested2 = new LinkedHashMap<>();
        nested2.put("foo", Map.of("bar", 1L));
        assertThat(call("dictsort", List.of(nested, nested2), "foo.bar")).isEqualTo(List.of(nested2, nested));
    }

    @Test
    void dictsort_failsQuietlyOnBadInput() {
        assertThat(call("dictsort", List.of(1L, 2L, 3L), "age")).isEqualTo("");
        assertThat(call("dictsort", "Hello!", "age")).isEqualTo("");
        assertThat(call("dictsort", Map.of("a", 1L), "age")).isEqualTo("");
        assertThat(call("dictsort", 1L, "age")).isEqualTo("");
        assertThat(call("dictsort", List.of(Map.of("_private", "x")), "_private")).isEqualTo("");
        assertThat(call("dictsort", List.of(Map.of("a", Map.of("_p", 1L))), "a._p")).isEqualTo("");
        assertThat(call("dictsort", List.of(person("a", 1L), person("b", "x")), "age")).isEqualTo("");
        assertThat(call("dictsort", List.of(person("a", null), person("b", null)), "age")).isEqualTo("");
    }

    @Test
    void first_last_random_length() {
        assertThat(call("first", List.of("a", "b"))).isEqualTo("a");
        assertThat(call("first", List.of())).isEqualTo("");
        assertThat(call("first", "test")).isEqualTo("t");
        assertThat(call("last", List.of("a", "b"))).isEqualTo("b");
        assertThat(call("last", "")).isEqualTo("");
        assertThat(call("random", List.of("only"))).isEqualTo("only");
        assertThatThrownBy(() -> call("random", List.of()))
                .isInstanceOfSatisfying(TemplateRenderError.class, e -> assertThat(e.kind()).isEqualTo("IndexError"));
        assertThat(call("length", "1234")).isEqualTo(4);
        assertThat(call("length", "😀")).isEqualTo(1);
        assertThat(call("length", List.of(1, 2))).isEqualTo(2);
        assertThat(call("length", 7L)).isEqualTo(0);
        assertThat(call("length", null)).isEqualTo(0);
        assertThat(call("length_is", List.of(), 0L)).isEqualTo(true);
        assertThat(call("length_is", List.of(), 1L)).isEqualTo(false);
        assertThat(call("length_is", "word", "4")).isEqualTo(true);
        assertThat(call("length_is", "django", "fish")).isEqualTo("");
        assertThat(call("length_is", 7L, "1")).isEqualTo("");
    }

    @Test
    void join_escapesItemsAndSeparator() {
        assertThat(call("join", List.of(0L, 1L, 2L), "glue")).isEqualTo(SafeString.of("0glue1glue2"));
        assertThat(call("join", List.of("alpha", "beta & me"), SafeString.of(" &amp; ")))
                .isEqualTo(SafeString.of("alpha &amp; beta &amp; me"));
        assertThat(call("join", List.of("<a>", "<img>", "</a>"), "<br>", false))
                .isEqualTo(SafeString.of("<a>&lt;br&gt;<img>&lt;br&gt;</a>"));
        assertThat(call("join", List.of("<a>", SafeString.of("<b>")), ", "))
                .isEqualTo(SafeString.of("&lt;a&gt;, <b>"));
        assertThat(call("join", List.of(1L, 2L), ",", false)).isEqualTo(List.of(1L, 2L));
        assertThat(call("join", 5L, ",")).isEqualTo(5L);
        assertThat(call("join", "abc", "-")).isEqualTo(SafeString.of("a-b-c"));
    }

    @Test
    void slice_followsPythonSliceNotation() {
        assertThat(call("slice", "abcdefg", "0")).isEqualTo("");
        assertThat(call("slice", "abcdefg", "1")).isEqualTo("a");
        assertThat(call("slice", "abcdefg", "-1")).isEqualTo("abcdef");
        assertThat(call("slice", "abcdefg", "1:2")).isEqualTo("b");
        assertThat(call("slice", "abcdefg", "1:3")).isEqualTo("bc");
        assertThat(call("slice", "abcdefg", "0::2")).isEqualTo("aceg");
        assertThat(call("slice", "abcdefg", "::-1")).isEqualTo("gfedcba");
        assertThat(call("slice", "abcdefg", "5:1:-2")).isEqualTo("fd");
        assertThat(call("slice", "abcdefg", "-100:100")).isEqualTo("abcdefg");
        assertThat(call("slice", "abcdefg", "::0")).isEqualTo("abcdefg");
        assertThat(call("slice", "abcdefg", "a:b")).isEqualTo("abcdefg");
        assertThat(call("slice", "abcdefg", "1:2:3:4")).isEqualTo("abcdefg");
        assertThat(call("slice", List.of("a", "b", "c"), "1:")).isEqualTo(List.of("b", "c"));
        assertThat(call("slice", PyTuple.of(1, 2, 3), ":2")).isEqualTo(PyTuple.of(1, 2));
        assertThat(call("slice", 123L, "1:")).isEqualTo(123L);
        assertThat(call("slice", "abc", "99999999999999999999:")).isEqualTo("");
        assertThat(render("slice", SafeString.of("a&b"), "1:3", true)).isEqualTo("&b");
        assertThat(render("slice", "a&b", "1:3", true)).isEqualTo("&amp;b");
    }

    @Test
    void unorderedList_nestsSubLists() {
        assertThat(call("unordered_list", List.of("item 1", "item 2")).toString())
                .isEqualTo("\t<li>item 1</li>\n\t<li>item 2</li>");
        assertThat(call("unordered_list", List.of("item 1", List.of("item 1.1"))).toString())
                .isEqualTo("\t<li>item 1\n\t<ul>\n\t\t<li>item 1.1</li>\n\t</ul>\n\t</li>");
        assertThat(call("unordered_list", List.of("item 1", List.of("item 1.1", "item1.2"), "item 2")).toString())
                .isEqualTo("\t<li>item 1\n\t<ul>\n\t\t<li>item 1.1</li>\n\t\t<li>item1.2</li>\n\t</ul>\n\t</li>\n\t<li>item 2</li>");
        assertThat(call("unordered_list", List.of("States", List.of("Kansas", List.of("Lawrence", "Topeka"), "Illinois")))
                        .toString())
                .isEqualTo("\t<li>States\n\t<ul>\n\t\t<li>Kansas\n\t\t<ul>\n\t\t\t<li>Lawrence</li>\n\t\t\t<li>Topeka</li>"
                        + "\n\t\t</ul>\n\t\t</li>\n\t\t<li>Illinois</li>\n\t</ul>\n\t</li>");
        assertThat(call("unordered_list", List.of("<a>item 1</a>", "item 2")).toString())
                .isEqualTo("\t<li>&lt;a&gt;item 1&lt;/a&gt;</li>\n\t<li>item 2</li>");
        assertThat(call("unordered_list", List.of("<a>item 1</a>", "item 2"), null, false).toString())
                .isEqualTo("\t<li><a>item 1</a></li>\n\t<li>item 2</li>");
        assertThat(call("unordered_list", List.of("x>", List.of(SafeString.of("<y")))).toString())
                .isEqualTo("\t<li>x&gt;\n\t<ul>\n\t\t<li><y</li>\n\t</ul>\n\t</li>");
        assertThat(call("unordered_list", List.of("a", List.of())).toString()).isEqualTo("\t<li>a</li>");
        assertThat(call("unordered_list", PyTuple.of("a", PyTuple.of("b"))).toString())
                .isEqualTo("\t<li>a\n\t<ul>\n\t\t<li>b</li>\n\t</ul>\n\t</li>");
    }

    @Test
    void unorderedList_refusesPathologicalNesting() {
        List<Object> deep = new ArrayList<>(List.of("leaf"));
        for (int i = 0; i < 2_000; i++) {
            deep = new ArrayList<>(List.of("x", deep));
        }
        List<Object> input = deep;
        assertThatThrownBy(() -> call("unordered_list", input))
                .isInstanceOfSatisfying(TemplateRenderError.class, e -> assertThat(e.kind()).isEqualTo("RecursionError"));
        List<Object> ok = new ArrayList<>(List.of("leaf"));
        for (int i = 0; i < 100; i++) {
            ok = new ArrayList<>(List.of("x", ok));
        }
        assertThat(call("unordered_list", ok).toString()).contains("<li>leaf</li>");
    }

    @Test
    void yesno_mapsTruthiness() {
        assertThat(call("yesno", true)).isEqualTo("yes");
        assertThat(call("yesno", false)).isEqualTo("no");
        assertThat(call("yesno", null)).isEqualTo("maybe");
        assertThat(call("yesno", true, "certainly,get out of town,perhaps")).isEqualTo("certainly");
        assertThat(call("yesno", null, "certainly,get out of town")).isEqualTo("get out of town");
        assertThat(call("yesno", 0L, "a,b")).isEqualTo("b");
        assertThat(call("yesno", "x", "a")).isEqualTo("x");
    }

    @Test
    void pprint_wrapsLongContainersLikePython() {
        assertThat(call("pprint", Map.of("a", 1L))).isEqualTo("{'a': 1}");
        Map<String, Object> unsorted = new LinkedHashMap<>();
        unsorted.put("b", 2L);
        unsorted.put("a", 1L);
        assertThat(call("pprint", unsorted)).isEqualTo("{'a': 1, 'b': 2}");
        List<Object> longList = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            longList.add((long) i * 1000);
        }
        String printed = (String) call("pprint", longList);
        assertThat(printed).startsWith("[0,\n 1000,\n 2000,").endsWith("29000]");
        assertThat(call("pprint", "x".repeat(10))).isEqualTo("'xxxxxxxxxx'");
        List<Object> loop = new ArrayList<>(List.of("x".repeat(90)));
        loop.add(loop);
        assertThat((String) call("pprint", loop)).contains("<Recursion on list with id=");
        assertThat(call("pprint", ("word ").repeat(30)))
                .isEqualTo("('" + "word ".repeat(15) + "'\n '" + "word ".repeat(15) + "')");
    }
}

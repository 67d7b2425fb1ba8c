package io.github.toolshed.template.repl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void readsEveryKindOfValue() {
        Map<String, Object> m = ReplContext.fromJson("""
                {"s": "a\\"b\\\\c\\n\\u00e9\\ud83d\\ude00", "i": -12, "l": 12345678901, "big": 123456789012345678901234,
                 "d": 1.5e2, "t": true, "f": false, "n": null, "list": [1, [], {}], "o": {"k": "v"}}
                """);
        assertThat(m.keySet()).containsExactly("s", "i", "l", "big", "d", "t", "f", "n", "list", "o");
        assertThat(m.get("s")).isEqualTo("a\"b\\c\né😀");
        assertThat(m.get("i")).isEqualTo(-12);
        assertThat(m.get("l")).isEqualTo(12345678901L);
        assertThat(m.get("big")).isEqualTo(new BigInteger("123456789012345678901234"));
        assertThat(m.get("d")).isEqualTo(150.0);
        assertThat(m.get("t")).isEqualTo(true);
        assertThat(m).containsEntry("n", null);
        assertThat(m.get("list")).isEqualTo(List.of(1, List.of(), Map.of()));
        assertThat(m.get("o")).isEqualTo(Map.of("k", "v"));
        assertThat(ReplContext.valueFromJson(" \"x\" ")).isEqualTo("x");
    }

    @Test
    void errorsNameLineAndColumn() {
        assertError("{\"a\" 1}", "line 1, column 6: expected ':', found '1'");
        assertError("{\"a\": 1,\n  \"b\": }", "line 2, column 8: expected a JSON value, found '}'");
        assertError("{\"a\": 1} x", "line 1, column 10: expected the end of the JSON text, found 'x'");
        assertError("{\"a\": 1}}", "line 1, column 9: expected the end of the JSON text, found '}'");
        assertError("{\"a\": 01}", "line 1, column 8: expected ',' or '}', found '1'");
        assertError("{\"a\": 1.}", "line 1, column 9: expected a digit after '.', found '}'");
        assertError("{\"a\": \"x}", "line 1, column 10: expected '\"' to end the string, found the end of the text");
        assertError("{\"a\": \"\\x\"}", "line 1, column 8: invalid escape '\\x' in a string");
        assertError("{\"a\": \"\t\"}", "line 1, column 8: control character U+0009 in a string: escape it");
        assertError("{\"a\": 1, \"a\": 2}", "line 1, column 10: duplicate key \"a\"");
        assertError("{'a': 1}", "line 1, column 2: expected a string key, found '''");
        assertError("{\"a\": tru}", "line 1, column 7: expected a JSON value, found 't'");
        assertError("", "line 1, column 1: expected a JSON value, found the end of the text");
        assertError("[1, 2]", "line 1, column 1: expected a JSON object ({...}) of variables, found an array");
        assertError("null", "line 1, column 1: expected a JSON object ({...}) of variables, found null");
    }

    @Test
    void nothingIsEvaluated() {
        assertError("{\"a\": new java.io.File(\"/\")}", "line 1, column 7: expected a JSON value, found 'n'");
        assertError("{\"a\": ${x}}", "line 1, column 7: expected a JSON value, found '$'");
    }

    @Test
    void deepNestingIsRefusedNotAStackOverflow() {
        char[] open = new char[100_000];
        Arrays.fill(open, '[');
        assertThatThrownBy(() -> ReplContext.valueFromJson(new String(open)))
                .isInstanceOf(TemplateReplException.class)
                .hasMessage("line 1, column 513: JSON nested more than 512 levels deep");
        String ok = "[".repeat(500) + "]".repeat(500);
        assertThat(ReplContext.valueFromJson(ok)).isInstanceOf(List.class);
    }

    @Test
    void hugeDocumentsParse() {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < 50_000; i++) {
            sb.append(i == 0 ? "" : ",").append("\"k").append(i).append("\": ").append(i);
        }
        assertThat(ReplContext.fromJson(sb.append('}').toString())).hasSize(50_000).containsEntry("k49999", 49999);
    }

    private static void assertError(String json, String message) {
        assertThatThrownBy(() -> ReplContext.fromJson(json)).isInstanceOf(TemplateReplException.class).hasMessage(message);
    }
}

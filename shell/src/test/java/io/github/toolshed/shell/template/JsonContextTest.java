package io.github.toolshed.shell.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.toolshed.shell.ExitCodes;
import io.github.toolshed.shell.ShellException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonContextTest {

    @Test
    void readsEveryKindOfValue_inDocumentOrder() {
        Map<String, Object> values = JsonContext.parse("""
                 { "s": "a \\"q\\" \\\\ \\u00e9\\n", "i": -12, "big": 123456789012345678901234, "d": 1.5e2,
                   "t": true, "f": false, "n": null, "list": [1, [2], {}], "obj": {"z": 1, "a": 2} } \t
                """, "--context");
        assertThat(values.keySet()).containsExactly("s", "i", "big", "d", "t", "f", "n", "list", "obj");
        assertThat(values.get("s")).isEqualTo("a \"q\" \\ é\n");
        assertThat(values.get("i")).isEqualTo(-12L);
        assertThat(values.get("big")).isEqualTo(1.2345678901234568E23);
        assertThat(values.get("d")).isEqualTo(150.0);
        assertThat(values.get("t")).isEqualTo(true);
        assertThat(values).containsEntry("n", null);
        assertThat(values.get("list")).isEqualTo(List.of(1L, List.of(2L), Map.of()));
        assertThat(((Map<?, ?>) values.get("obj")).keySet().stream().map(String::valueOf).toList()).containsExactly("z", "a");
    }

    @Test
    void codeLookingStrings_stayStrings() {
        Map<String, Object> values = JsonContext.parse(
                "{\"x\": \"{{ 1|add:2 }}\", \"y\": \"${java.home} $(rm -rf /) `id`\"}", "--context");
        assertThat(values).containsEntry("x", "{{ 1|add:2 }}").containsEntry("y", "${java.home} $(rm -rf /) `id`");
    }

    @Test
    void errorsNameTheSourceLineAndColumn() {
        assertError("{\"a\": tru}", "invalid JSON in --context at 1:7: unexpected character 't'");
        assertError("{\"a\": 01}", "at 1:7: leading zero in a number");
        assertError("{\"a\": 1.}", "at 1:7: invalid number '1.'");
        assertError("{\"a\": \"x", "at 1:7: unclosed string");
        assertError("{\"a\": \"\\x\"}", "at 1:8: invalid escape in a string");
        assertError("{\"a\": \"tab\there\"}", "control character");
        assertError("{\"a\": 1} x", "at 1:10: unexpected text after the JSON object");
        assertError("{\"a\" 1}", "at 1:6: expected ':'");
        assertError("{\"a\": [1 2]}", "at 1:10: expected ',' or ']'");
        assertError("{\"a\": ", "at end of input: unexpected end of input, expected a value");
        assertError("", "at end of input: expected a JSON object");
    }

    @Test
    void deepNesting_isRefusedWithoutAStackOverflow() {
        String deep = "{\"a\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertError(deep, "nested deeper than 512 levels");
        String ok = "{\"a\": " + "[".repeat(500) + "]".repeat(500) + "}";
        assertThat(JsonContext.parse(ok, "x")).containsKey("a");
    }

    @Test
    void hugeStrings_areRead() {
        char[] chars = new char[2_000_000];
        Arrays.fill(chars, 'x');
        String big = new String(chars);
        Map<String, Object> values = JsonContext.parse("{\"big\": \"" + big + "\"}", "x");
        assertThat(values.get("big")).isEqualTo(big);
        assertThat(new LinkedHashMap<>(values)).hasSize(1);
    }

    private static void assertError(String json, String message) {
        assertThatThrownBy(() -> JsonContext.parse(json, "--context"))
                .isInstanceOfSatisfying(ShellException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
                .hasMessageContaining(message);
    }
}

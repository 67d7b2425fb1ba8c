package io.github.toolshed.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("a", "say \"hi\" \\ now\n\t\u0001\u2028");
        values.put("b", "café");
        assertThat(Json.object(values))
                .isEqualTo("{\"a\": \"say \\\"hi\\\" \\\\ now\\n\\t\\u0001\\u2028\", \"b\": \"café\"}");
    }

    @Test
    void emptyObject() {
        assertThat(Json.object(Map.of())).isEqualTo("{}");
    }
}

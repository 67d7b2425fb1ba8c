package io.github.toolshed.template.repl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The JSON reader against generated documents: round trips, and only its own errors on junk. */
class JsonPropertiesTest {

    @Property(tries = 300)
    void writtenValuesReadBackEqual(@ForAll("objects") Map<String, Object> value) {
        assertThat(ReplContext.fromJson(write(value))).isEqualTo(value);
    }

    @Property(tries = 500)
    void anyTextEitherParsesOrFailsWithAPosition(@ForAll("junk") String text) {
        Throwable t = catchThrowable(() -> ReplContext.valueFromJson(text));
        if (t != null) {
            assertThat(t).isInstanceOf(TemplateReplException.class);
            assertThat(t.getMessage()).matches("(?s)line \\d+, column \\d+: .+");
        }
    }

    @Provide
    Arbitrary<Map<String, Object>> objects() {
        return value(3).map(v -> Map.of("root", v)).map(LinkedHashMap::new);
    }

    @Provide
    Arbitrary<String> junk() {
        Arbitrary<String> pieces = Arbitraries.of("{", "}", "[", "]", ",", ":", "\"", "\\", "\\u12", "1", "-", "0.",
                "e5", "true", "nul", "null", " ", "\n", "\"k\"", "\t", "é", "\u0001");
        return pieces.list().ofMaxSize(30).map(l -> String.join("", l));
    }

    private Arbitrary<Object> value(int depth) {
        Arbitrary<Object> leaf = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12).map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.longs().greaterOrEqual(1L << 40).map(l -> (Object) l),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.doubles().between(-1e6, 1e6).ofScale(3).map(d -> (Object) d.doubleValue()));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Object> list = value(depth - 1).list().ofMaxSize(4).map(l -> (Object) l);
        Arbitrary<Object> map = Arbitraries.maps(Arbitraries.strings().ofMaxLength(6), value(depth - 1))
                .ofMaxSize(4).map(m -> (Object) new LinkedHashMap<>(m));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, leaf), net.jqwik.api.Tuple.of(1, list), net.jqwik.api.Tuple.of(1, map));
    }

    /** A minimal JSON writer for the round trip (the reader under test is the subject). */
    private static String write(Object v) {
        return switch (v) {
            case null -> "null";
            case String s -> quote(s);
            case Map<?, ?> m -> {
                StringBuilder sb = new StringBuilder("{");
                m.forEach((k, x) -> sb.append(sb.length() > 1 ? ", " : "").append(quote((String) k)).append(": ").append(write(x)));
                yield sb.append('}').toString();
            }
            case List<?> l -> {
                StringBuilder sb = new StringBuilder("[");
                l.forEach(x -> sb.append(sb.length() > 1 ? "," : "").append(write(x)));
                yield sb.append(']').toString();
            }
            case Double d -> d == Math.rint(d) ? d + "" : String.valueOf(d);
            default -> String.valueOf(v);
        };
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}

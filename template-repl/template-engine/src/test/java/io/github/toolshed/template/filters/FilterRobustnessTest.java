package io.github.toolshed.template.filters;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.toolshed.template.SafeString;
import io.github.toolshed.template.TemplateRenderError;
import io.github.toolshed.template.python.PyTuple;
import io.github.toolshed.template.spi.FilterSpec;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Every filter, given any value and argument, returns a value or raises a Python-kind error. */
class FilterRobustnessTest {

    private static final List<Object> SAMPLES = samples();

    private static List<Object> samples() {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("name", "<b>Ann</b>");
        person.put("age", 3L);
        return Arrays.asList(
                null, true, false, 0L, 1L, -7L, Long.MAX_VALUE, new BigInteger("9".repeat(60)), 0.0, -0.0, 1.5, 1e300,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, new BigDecimal("1E+400"),
                new BigDecimal("-0.0005"), "", " ", "abc", "1", "-2", "1.5", "1e5", "nan", "x,y,z", ":", "::-1", "a:b",
                "<script>alert('x')</script>", "http://example.com/?a=<b>&c=\"d\"", "me@example.com", "😀é\u0301",
                "\r\n\n\n", "y,ies", "d/m/Y H:i", "\\", "%", "%s %d", "_private", "a._b", "0", "DATE_FORMAT",
                SafeString.of("<i>safe</i>"), List.of(), List.of("a", List.of("b", List.of("c"))), List.of(1L, "x"),
                PyTuple.of(1L, 2L), Map.of(), person, List.of(person, person), Set.of(1L),
                LocalDate.of(2024, 2, 29), LocalTime.of(0, 0), LocalDateTime.of(2024, 3, 10, 2, 30),
                OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(14)),
                ZonedDateTime.of(2021, 11, 7, 1, 30, 0, 0, ZoneId.of("America/Chicago")), new Object(), new int[] {1, 2});
    }

    @Provide
    Arbitrary<Object> values() {
        return Arbitraries.of(SAMPLES);
    }

    @Provide
    Arbitrary<FilterSpec> specs() {
        return Arbitraries.of(BuiltinFilters.all());
    }

    @Property(tries = 3000)
    void filtersNeverThrowAnythingButRenderErrors(
            @ForAll("specs") FilterSpec spec, @ForAll("values") Object value, @ForAll("values") Object arg) {
        for (boolean autoescape : new boolean[] {true, false}) {
            try {
                spec.filter().apply(value, arg, FilterCalls.context(autoescape, arg != null));
                spec.filter().apply(value, null, FilterCalls.context(autoescape, false));
            } catch (TemplateRenderError e) {
                assertThat(e.kind()).matches("[A-Z][A-Za-z]*Error");
            }
        }
    }

    @Test
    void everyDjangoBuiltinFilterIsRegisteredWithDjangosFlags() {
        Map<String, FilterSpec> byName = BuiltinFilters.all().stream()
                .collect(Collectors.toMap(FilterSpec::name, s -> s, (a, b) -> b));
        assertThat(byName.keySet()).containsExactlyInAnyOrder(
                "add", "addslashes", "capfirst", "center", "cut", "date", "default", "default_if_none", "dictsort",
                "dictsortreversed", "divisibleby", "escape", "escapejs", "filesizeformat", "first", "floatformat",
                "force_escape", "get_digit", "iriencode", "join", "json_script", "last", "length", "length_is",
                "linebreaks", "linebreaksbr", "linenumbers", "ljust", "lower", "make_list", "phone2numeric",
                "pluralize", "pprint", "random", "rjust", "safe", "safeseq", "slice", "slugify", "stringformat",
                "striptags", "time", "timesince", "timeuntil", "title", "truncatechars", "truncatechars_html",
                "truncatewords", "truncatewords_html", "unordered_list", "upper", "urlencode", "urlize",
                "urlizetrunc", "wordcount", "wordwrap", "yesno");
        assertThat(BuiltinFilters.all()).hasSameSizeAs(byName.keySet());
        assertThat(names(byName, FilterSpec::needsAutoescape)).containsExactlyInAnyOrder(
                "join", "linebreaks", "linebreaksbr", "linenumbers", "unordered_list", "urlize", "urlizetrunc");
        assertThat(names(byName, FilterSpec::expectsLocaltime)).containsExactlyInAnyOrder("date", "time");
        assertThat(names(byName, s -> !s.isSafe())).containsExactlyInAnyOrder(
                "add", "cut", "date", "default", "default_if_none", "dictsort", "dictsortreversed", "divisibleby",
                "escapejs", "first", "get_digit", "length", "length_is", "make_list", "pluralize", "time", "timesince",
                "timeuntil", "upper", "urlencode", "wordcount", "yesno");
        assertThat(byName.get("date").arity()).isEqualTo(FilterSpec.Arity.OPTIONAL);
        assertThat(byName.get("cut").arity()).isEqualTo(FilterSpec.Arity.REQUIRED);
        assertThat(byName.get("lower").arity()).isEqualTo(FilterSpec.Arity.NONE);
    }

    private static Set<String> names(Map<String, FilterSpec> specs, java.util.function.Predicate<FilterSpec> test) {
        return specs.values().stream().filter(test).map(FilterSpec::name).collect(Collectors.toSet());
    }
}

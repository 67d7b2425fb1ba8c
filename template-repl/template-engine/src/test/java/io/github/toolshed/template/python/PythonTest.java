package io.github.toolshed.template.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.toolshed.template.SafeString;
import io.github.toolshed.template.TemplateRenderError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PythonTest {

    private static String kind(Runnable action) {
        try {
            action.run();
        } catch (TemplateRenderError e) {
            return e.kind();
        }
        return "none";
    }

    @Test
    void str_and_repr_followPython() {
        assertThat(Python.str(null)).isEqualTo("None");
        assertThat(Python.str(true)).isEqualTo("True");
        assertThat(Python.str(1.0)).isEqualTo("1.0");
        assertThat(Python.str(1e16)).isEqualTo("1e+16");
        assertThat(Python.str(1.5e-5)).isEqualTo("1.5e-05");
        assertThat(Python.str(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(Python.str(-0.0)).isEqualTo("-0.0");
        assertThat(Python.str(Double.NaN)).isEqualTo("nan");
        assertThat(Python.str(Double.MIN_VALUE)).isEqualTo("5e-324");
        assertThat(Python.str(Double.MAX_VALUE)).isEqualTo("1.7976931348623157e+308");
        assertThat(Python.str(Double.longBitsToDouble(3))).isEqualTo("1.5e-323");
        assertThat(Python.str(1e22)).isEqualTo("1e+22");
        assertThat(Python.str(123456789012345678.0)).isEqualTo("1.2345678901234568e+17");
        assertThat(Python.str(0.0001)).isEqualTo("0.0001");
        assertThat(Python.str(new BigDecimal("9.000"))).isEqualTo("9.000");
        assertThat(Python.str(new BigDecimal("1E+3"))).isEqualTo("1E+3");
        assertThat(Python.str(new BigDecimal("0.0000001"))).isEqualTo("1E-7");
        assertThat(Python.str(Arrays.asList("a", 1L, null, true))).isEqualTo("['a', 1, None, True]");
        assertThat(Python.str(PyTuple.of("x"))).isEqualTo("('x',)");
        assertThat(Python.str(new java.util.LinkedHashSet<>(List.of(1L, 2L)))).isEqualTo("{1, 2}");
        assertThat(Python.str(java.util.Set.of())).isEqualTo("set()");
        List<Object> loop = new java.util.ArrayList<>(List.of(1L));
        loop.add(loop);
        Map<String, Object> self = new LinkedHashMap<>();
        self.put("me", self);
        self.put("list", loop);
        assertThat(Python.str(self)).isEqualTo("{'me': {...}, 'list': [1, [...]]}");
        assertThat(Python.str(PyTuple.of(loop, loop))).isEqualTo("([1, [...]], [1, [...]])");
        assertThat(Python.str(new long[] {1, 2})).isEqualTo("[1, 2]");
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("b", "it's");
        map.put("a", List.of());
        assertThat(Python.str(map)).isEqualTo("{'b': \"it's\", 'a': []}");
        assertThat(Python.repr("tab\tnew\nline\\ 'q' \"d\"")).isEqualTo("'tab\\tnew\\nline\\\\ \\'q\\' \"d\"'");
        assertThat(Python.repr(SafeString.of("s"))).isEqualTo("'s'");
        assertThat(Python.repr("nb\u00a0sp\u200b\u0000é😀\u2028")).isEqualTo("'nb\\xa0sp\\u200b\\x00é😀\\u2028'");
        assertThat(Python.repr(new BigDecimal("1.50"))).isEqualTo("Decimal('1.50')");
        assertThat(Python.str(LocalDateTime.of(2008, 1, 1, 12, 30))).isEqualTo("2008-01-01 12:30:00");
        assertThat(Python.str(LocalTime.of(4, 0, 0, 5_000))).isEqualTo("04:00:00.000005");
        assertThat(Python.str(OffsetDateTime.of(2009, 3, 12, 0, 0, 0, 0, ZoneOffset.ofHoursMinutes(0, 30))))
                .isEqualTo("2009-03-12 00:00:00+00:30");
        assertThat(Python.str(LocalDate.of(2008, 1, 1))).isEqualTo("2008-01-01");
    }

    @Test
    void truthiness() {
        assertThat(Python.truthy(null)).isFalse();
        assertThat(Python.truthy("")).isFalse();
        assertThat(Python.truthy(0.0)).isFalse();
        assertThat(Python.truthy(new BigDecimal("0.00"))).isFalse();
        assertThat(Python.truthy(List.of())).isFalse();
        assertThat(Python.truthy(new int[0])).isFalse();
        assertThat(Python.truthy(Double.NaN)).isTrue();
        assertThat(Python.truthy(" ")).isTrue();
        assertThat(Python.truthy(new Object())).isTrue();
    }

    @Test
    void toInt_parsesLikePythonInt() {
        assertThat(Python.toInt(" 42 ")).isEqualTo(BigInteger.valueOf(42));
        assertThat(Python.toInt("-1_000")).isEqualTo(BigInteger.valueOf(-1000));
        assertThat(Python.toInt("+7")).isEqualTo(BigInteger.valueOf(7));
        assertThat(Python.toInt("٣")).isEqualTo(BigInteger.valueOf(3));
        assertThat(Python.toInt(-2.9)).isEqualTo(BigInteger.valueOf(-2));
        assertThat(Python.toInt(new BigDecimal("9.99"))).isEqualTo(BigInteger.valueOf(9));
        assertThat(Python.toInt(true)).isEqualTo(BigInteger.ONE);
        assertThat(Python.toInt("123456789012345678901234567890")).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(kind(() -> Python.toInt("1.5"))).isEqualTo("ValueError");
        assertThat(kind(() -> Python.toInt("1__0"))).isEqualTo("ValueError");
        assertThat(kind(() -> Python.toInt("_1"))).isEqualTo("ValueError");
        assertThat(kind(() -> Python.toInt(""))).isEqualTo("ValueError");
        assertThat(kind(() -> Python.toInt(Double.NaN))).isEqualTo("ValueError");
        assertThat(kind(() -> Python.toInt(Double.POSITIVE_INFINITY))).isEqualTo("OverflowError");
        assertThat(kind(() -> Python.toInt(null))).isEqualTo("TypeError");
        assertThat(kind(() -> Python.toInt(List.of()))).isEqualTo("TypeError");
    }

    @Test
    void toFloat_parsesLikePythonFloat() {
        assertThat(Python.toFloat(" 1.5 ")).isEqualTo(1.5);
        assertThat(Python.toFloat("1e3")).isEqualTo(1000.0);
        assertThat(Python.toFloat(".5")).isEqualTo(0.5);
        assertThat(Python.toFloat("5.")).isEqualTo(5.0);
        assertThat(Python.toFloat("1_000.5")).isEqualTo(1000.5);
        assertThat(Python.toFloat("-Infinity")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(Python.toFloat("nan")).isNaN();
        assertThat(Python.toFloat("1e400")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Python.toFloat("\u00a0\u0663.5\n")).isEqualTo(3.5);
        assertThat(Python.toInt("\u3000-\u0663\u0663\u00a0")).isEqualTo(BigInteger.valueOf(-33));
        for (String bad : List.of("1e", "e5", "1e2.0", "1+e2", "0x10", "1f", "1d", "", " ", "1e2+", "--1")) {
            assertThat(kind(() -> Python.toFloat(bad))).as(bad).isEqualTo("ValueError");
        }
        assertThat(kind(() -> Python.toFloat(Map.of()))).isEqualTo("TypeError");
    }

    @Test
    void len_and_compare() {
        assertThat(Python.len("😀a")).isEqualTo(2);
        assertThat(Python.len(Map.of("a", 1))).isEqualTo(1);
        assertThat(Python.len(new String[3])).isEqualTo(3);
        assertThat(kind(() -> Python.len(5L))).isEqualTo("TypeError");
        assertThat(Python.compare(1L, 1.5)).isNegative();
        assertThat(Python.compare(true, 0L)).isPositive();
        assertThat(Python.compare(new BigDecimal("2.0"), 2L)).isZero();
        assertThat(Python.compare("b", "a")).isPositive();
        assertThat(Python.compare("\uffff", "😀")).isNegative();
        assertThat(Python.compare(List.of(1L, 2L), List.of(1L, 3L))).isNegative();
        assertThat(Python.compare(List.of(1L), List.of(1L, 0L))).isNegative();
        assertThat(Python.compare(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1))).isPositive();
        assertThat(kind(() -> Python.compare(1L, "1"))).isEqualTo("TypeError");
        assertThat(kind(() -> Python.compare(null, null))).isEqualTo("TypeError");
        assertThat(kind(() -> Python.compare(List.of(), PyTuple.of()))).isEqualTo("TypeError");
        assertThat(Python.typeName(PyTuple.of())).isEqualTo("tuple");
        assertThat(Python.equal(1L, 1.0)).isTrue();
        assertThat(Python.equal(SafeString.of("a"), "a")).isTrue();
    }
}

package io.github.toolshed.template.filters;

import static io.github.toolshed.template.filters.FilterCalls.call;
import static io.github.toolshed.template.filters.FilterCalls.render;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.toolshed.template.SafeString;
import io.github.toolshed.template.TemplateRenderError;
import io.github.toolshed.template.python.PyTuple;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberFiltersTest {

    private static String ff(Object value, Object arg) {
        return String.valueOf(call("floatformat", value, arg));
    }

    private static String ff(Object value) {
        return String.valueOf(call("floatformat", value));
    }

    @Test
    void add_addsIntegersOrConcatenates() {
        assertThat(call("add", "1", "2")).isEqualTo(3L);
        assertThat(call("add", 2000L, SafeString.of("napis"))).isEqualTo("");
        assertThat(call("add", "not_an_int", 16L)).isEqualTo("");
        assertThat(call("add", "abc", "def")).isEqualTo("abcdef");
        assertThat(call("add", List.of(1, 2), List.of(3))).isEqualTo(List.of(1, 2, 3));
        assertThat(call("add", PyTuple.of(3, 4), PyTuple.of(1, 2))).isEqualTo(PyTuple.of(3, 4, 1, 2));
        assertThat(call("add", List.of(1), PyTuple.of(2))).isEqualTo("");
        assertThat(call("add", 1.9, 1L)).isEqualTo(2L);
        assertThat(call("add", Long.MAX_VALUE, 1L)).isEqualTo(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE));
        assertThat(call("add", LocalDate.of(2020, 1, 1), 1L)).isEqualTo("");
        assertThat(call("add", Double.NaN, 1.0)).isEqualTo(Double.NaN);
        assertThatThrownBy(() -> call("add", Double.POSITIVE_INFINITY, 1L))
                .isInstanceOfSatisfying(TemplateRenderError.class, e -> assertThat(e.kind()).isEqualTo("OverflowError"));
    }

    @Test
    void divisibleby_and_getDigit() {
        assertThat(call("divisibleby", 4L, 2L)).isEqualTo(true);
        assertThat(call("divisibleby", 4L, 3L)).isEqualTo(false);
        assertThat(call("divisibleby", -4L, 2L)).isEqualTo(true);
        assertThatThrownBy(() -> call("divisibleby", 4L, 0L))
                .isInstanceOfSatisfying(TemplateRenderError.class, e -> assertThat(e.kind()).isEqualTo("ZeroDivisionError"));
        assertThat(call("get_digit", 123L, 1L)).isEqualTo(3L);
        assertThat(call("get_digit", 123L, 3L)).isEqualTo(1L);
        assertThat(call("get_digit", 123L, 4L)).isEqualTo(0L);
        assertThat(call("get_digit", 123L, 0L)).isEqualTo(123L);
        assertThat(call("get_digit", "xyz", 0L)).isEqualTo("xyz");
        assertThat(call("get_digit", "123", "x")).isEqualTo("123");
    }

    @Test
    void pluralize_numbersListsAndCustomSuffixes() {
        assertThat(call("pluralize", 1L)).isEqualTo("");
        assertThat(call("pluralize", 0L)).isEqualTo("s");
        assertThat(call("pluralize", 2L)).isEqualTo("s");
        assertThat(call("pluralize", 1.0)).isEqualTo("");
        assertThat(call("pluralize", 1.5)).isEqualTo("s");
        assertThat(call("pluralize", new BigDecimal("1.000"))).isEqualTo("");
        assertThat(call("pluralize", "1")).isEqualTo("");
        assertThat(call("pluralize", List.of(1))).isEqualTo("");
        assertThat(call("pluralize", List.of())).isEqualTo("s");
        assertThat(call("pluralize", 2L, "es")).isEqualTo("es");
        assertThat(call("pluralize", 1L, "y,ies")).isEqualTo("y");
        assertThat(call("pluralize", 0L, "y,ies")).isEqualTo("ies");
        assertThat(call("pluralize", 0L, "y,ies,error")).isEqualTo("");
        assertThat(call("pluralize", "", "y,es")).isEqualTo("");
        assertThat(call("pluralize", null)).isEqualTo("");
        assertThat(call("pluralize", new Object())).isEqualTo("");
    }

    @Test
    void floatformat_roundsHalfUp() {
        assertThat(ff(7.7)).isEqualTo("7.7");
        assertThat(ff(7.0)).isEqualTo("7");
        assertThat(ff(0.7)).isEqualTo("0.7");
        assertThat(ff(0.07)).isEqualTo("0.1");
        assertThat(ff(0.007)).isEqualTo("0.0");
        assertThat(ff(0.0)).isEqualTo("0");
        assertThat(ff(7.7, 3L)).isEqualTo("7.700");
        assertThat(ff(6.000000, 3L)).isEqualTo("6.000");
        assertThat(ff(6.200000, 3L)).isEqualTo("6.200");
        assertThat(ff(6.200000, -3L)).isEqualTo("6.200");
        assertThat(ff(13.1031, -3L)).isEqualTo("13.103");
        assertThat(ff(11.1197, -2L)).isEqualTo("11.12");
        assertThat(ff(11.0000, -2L)).isEqualTo("11");
        assertThat(ff(11.000001, -2L)).isEqualTo("11.00");
        assertThat(ff(8.2798, 3L)).isEqualTo("8.280");
        assertThat(ff(5555.555, 2L)).isEqualTo("5555.56");
        assertThat(ff(001.3000, 2L)).isEqualTo("1.30");
        assertThat(ff(0.12345, 2L)).isEqualTo("0.12");
        assertThat(ff(new BigDecimal("555.555"), 2L)).isEqualTo("555.56");
        assertThat(ff(new BigDecimal("09.000"))).isEqualTo("9");
        assertThat(ff("foo")).isEqualTo("");
        assertThat(ff(13.1031, "bar")).isEqualTo("13.1031");
        assertThat(ff(18.125, 2L)).isEqualTo("18.13");
        assertThat(ff("foo", "bar")).isEqualTo("");
        assertThat(ff("¿Cómo esta usted?")).isEqualTo("");
        assertThat(ff(null)).isEqualTo("");
        assertThat(ff(-1.323297138040798e+35, 2L)).isEqualTo("-132329713804079800000000000000000000.00");
        assertThat(ff(-1.323297138040798e+35, -2L)).isEqualTo("-132329713804079800000000000000000000");
        assertThat(ff(1.5e-15, 20L)).isEqualTo("0.00000000000000150000");
        assertThat(ff(1.5e-15, -20L)).isEqualTo("0.00000000000000150000");
        assertThat(ff(1.00000000000000015, 16L)).isEqualTo("1.0000000000000002");
        assertThat(ff(-0.01, -1L)).isEqualTo("0.0");
        assertThat(ff(-0.499, 0L)).isEqualTo("0");
        assertThat(ff(0L, 7L)).isEqualTo("0.0000000");
        assertThat(ff(1.5e-20, 20L)).isEqualTo("0.00000000000000000002");
        assertThat(ff(true)).isEqualTo("1");
        assertThat(ff("1.42")).isEqualTo("1.4");
        assertThat(ff(" 1.42 ", "1g")).isEqualTo("1.4");
        assertThat(call("floatformat", 1.42)).isInstanceOf(SafeString.class);
    }

    @Test
    void floatformat_returnsNonFiniteAndHugeInputAsRepr() {
        assertThat(ff(Double.POSITIVE_INFINITY)).isEqualTo("inf");
        assertThat(ff(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
        assertThat(ff(Double.NaN)).isEqualTo("nan");
        assertThat(ff("1e200")).isEqualTo("'1e200'");
        assertThat(ff("-1E10000000000000000")).isEqualTo("'-1E10000000000000000'");
        assertThat(render("floatformat", "1e200", null, true)).isEqualTo("&#x27;1e200&#x27;");
        assertThat(ff(new BigInteger("1" + "0".repeat(300)))).startsWith("1000");
        assertThat(ff(1e100, 2L)).hasSize(104);
    }

    @Test
    void filesizeformat_usesBinaryUnitsAndNoBreakSpaces() {
        assertThat(call("filesizeformat", 1023L)).isEqualTo("1023\u00a0bytes");
        assertThat(call("filesizeformat", 1L)).isEqualTo("1\u00a0byte");
        assertThat(call("filesizeformat", 1024L)).isEqualTo("1.0\u00a0KB");
        assertThat(call("filesizeformat", 10L * 1024)).isEqualTo("10.0\u00a0KB");
        assertThat(call("filesizeformat", 1024L * 1024 - 1)).isEqualTo("1024.0\u00a0KB");
        assertThat(call("filesizeformat", 1024L * 1024 * 50)).isEqualTo("50.0\u00a0MB");
        assertThat(call("filesizeformat", 1024L * 1024 * 1024)).isEqualTo("1.0\u00a0GB");
        assertThat(call("filesizeformat", 1024L * 1024 * 1024 * 1024)).isEqualTo("1.0\u00a0TB");
        assertThat(call("filesizeformat", 1024L * 1024 * 1024 * 1024 * 1024)).isEqualTo("1.0\u00a0PB");
        assertThat(call("filesizeformat", 1024L * 1024 * 1024 * 1024 * 1024 * 2000)).isEqualTo("2000.0\u00a0PB");
        assertThat(call("filesizeformat", new BigInteger("1" + "0".repeat(40)))).asString().endsWith("\u00a0PB");
        assertThat(call("filesizeformat", -52428800L)).isEqualTo("-50.0\u00a0MB");
        assertThat(call("filesizeformat", "")).isEqualTo("0\u00a0bytes");
        assertThat(call("filesizeformat", "α")).isEqualTo("0\u00a0bytes");
        assertThat(call("filesizeformat", List.of())).isEqualTo("0\u00a0bytes");
        assertThat(call("filesizeformat", 1536L)).isEqualTo("1.5\u00a0KB");
    }
}

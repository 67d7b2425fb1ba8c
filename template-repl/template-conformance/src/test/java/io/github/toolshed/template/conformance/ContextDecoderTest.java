package io.github.toolshed.template.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.toolshed.template.SafeString;
import io.github.toolshed.template.python.PyTuple;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContextDecoderTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String text) {
        return (Map<String, Object>) Json.parse(text);
    }

    @Test
    void markerObjectsBecomeJavaValues() {
        Map<String, Object> ctx = ContextDecoder.decodeContext(json("""
                {"s": {"__safe__": "<b>"}, "t": {"__tuple__": [1, "a"]}, "d": {"__date__": "2008-01-01"},
                 "dt": {"__datetime__": "2008-01-01T12:30:00"},
                 "aware": {"__datetime__": "2009-03-12T00:00:00+00:30", "tzname": "+0030"},
                 "zoned": {"__datetime__": "2009-03-12T00:00:00-06:00", "tzname": "CST", "zone": "America/Chicago"},
                 "dec": {"__decimal__": "9.000"}, "inf": {"__float__": "-inf"}, "f": 1.0, "big": 12345678901234567890}
                """));
        assertThat(ctx.get("s")).isEqualTo(SafeString.of("<b>"));
        assertThat(ctx.get("t")).isEqualTo(PyTuple.of(1, "a"));
        assertThat(ctx.get("d")).isEqualTo(LocalDate.of(2008, 1, 1));
        assertThat(ctx.get("dt")).isEqualTo(LocalDateTime.of(2008, 1, 1, 12, 30));
        assertThat(ctx.get("aware")).isInstanceOf(OffsetDateTime.class);
        assertThat(ctx.get("zoned")).isInstanceOf(ZonedDateTime.class);
        assertThat(((BigDecimal) ctx.get("dec")).toPlainString()).isEqualTo("9.000");
        assertThat(ctx.get("inf")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(ctx.get("f")).isEqualTo(1.0);
        assertThat(ctx.get("big")).isEqualTo(new java.math.BigInteger("12345678901234567890"));
        assertThat(List.copyOf(ctx.keySet())).containsExactly("s", "t", "d", "dt", "aware", "zoned", "dec", "inf", "f", "big");
    }
}

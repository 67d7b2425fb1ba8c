package io.github.toolshed.template.filters;

import static io.github.toolshed.template.filters.FilterCalls.CLOCK;
import static io.github.toolshed.template.filters.FilterCalls.call;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class TimeSinceTest {

    private static final LocalDateTime NOW = LocalDateTime.now(CLOCK);
    private static final ZonedDateTime NOW_TZ = ZonedDateTime.now(CLOCK);

    @Test
    void timesince_showsTwoAdjacentUnits() {
        assertThat(call("timesince", NOW.minusMinutes(1).minusSeconds(10))).isEqualTo("1\u00a0minute");
        assertThat(call("timesince", NOW.minusDays(1).minusMinutes(1))).isEqualTo("1\u00a0day");
        assertThat(call("timesince", NOW.minusHours(1).minusMinutes(25).minusSeconds(10)))
                .isEqualTo("1\u00a0hour, 25\u00a0minutes");
        assertThat(call("timesince", NOW.minusDays(2), NOW.minusDays(1))).isEqualTo("1\u00a0day");
        assertThat(call("timesince", NOW.minusDays(7))).isEqualTo("1\u00a0week");
        assertThat(call("timesince", NOW.minusDays(17))).isEqualTo("2\u00a0weeks, 3\u00a0days");
        assertThat(call("timesince", NOW.minusDays(400))).isEqualTo("1\u00a0year, 1\u00a0month");
        assertThat(call("timesince", NOW.minusDays(365).minusHours(5))).isEqualTo("1\u00a0year");
        assertThat(call("timesince", NOW.plusDays(7))).isEqualTo("0\u00a0minutes");
        assertThat(call("timesince", NOW)).isEqualTo("0\u00a0minutes");
        assertThat(call("timesince", NOW_TZ.minusHours(8), NOW_TZ)).isEqualTo("8\u00a0hours");
        assertThat(call("timesince", NOW_TZ)).isEqualTo("0\u00a0minutes");
        assertThat(call("timesince", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 2))).isEqualTo("1\u00a0day");
        assertThat(call("timesince", LocalDateTime.of(2005, 12, 29, 0, 0), LocalDateTime.of(2005, 12, 30, 0, 0)))
                .isEqualTo("1\u00a0day");
    }

    @Test
    void timesince_handlesLeapYearsAndZones() {
        assertThat(call("timesince", LocalDateTime.of(2019, 3, 1, 0, 0), LocalDateTime.of(2020, 3, 1, 0, 0)))
                .isEqualTo("1\u00a0year");
        assertThat(call("timesince", LocalDateTime.of(2016, 2, 29, 0, 0), LocalDateTime.of(2017, 3, 1, 0, 0)))
                .isEqualTo("1\u00a0year");
        assertThat(call("timesince", LocalDateTime.of(2016, 2, 29, 0, 0), LocalDateTime.of(2017, 4, 2, 0, 0)))
                .isEqualTo("1\u00a0year, 1\u00a0month");
        OffsetDateTime east = NOW_TZ.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.ofHoursMinutes(3, 15));
        assertThat(call("timesince", NOW_TZ, east)).isEqualTo("0\u00a0minutes");
        assertThat(call("timesince", NOW, east)).isEqualTo("");
        assertThat(call("timesince", null)).isEqualTo("");
        assertThat(call("timesince", "")).isEqualTo("");
    }

    @Test
    void timeuntil_isTheReverse() {
        assertThat(call("timeuntil", NOW.plusMinutes(2).plusSeconds(10))).isEqualTo("2\u00a0minutes");
        assertThat(call("timeuntil", NOW.plusDays(1).plusSeconds(10))).isEqualTo("1\u00a0day");
        assertThat(call("timeuntil", NOW.plusHours(8).plusMinutes(10).plusSeconds(10))).isEqualTo("8\u00a0hours, 10\u00a0minutes");
        assertThat(call("timeuntil", NOW.minusDays(7))).isEqualTo("0\u00a0minutes");
        assertThat(call("timeuntil", NOW.plusDays(1), NOW.minusDays(1))).isEqualTo("2\u00a0days");
        assertThat(call("timeuntil", LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 26))).isEqualTo("1\u00a0day");
        assertThat(call("timeuntil", NOW_TZ.plusHours(8), NOW_TZ)).isEqualTo("8\u00a0hours");
    }
}

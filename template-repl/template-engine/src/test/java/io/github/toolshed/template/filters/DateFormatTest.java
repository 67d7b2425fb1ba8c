package io.github.toolshed.template.filters;

import static io.github.toolshed.template.filters.FilterCalls.SETTINGS;
import static io.github.toolshed.template.filters.FilterCalls.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.toolshed.template.TemplateRenderError;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class DateFormatTest {

    private static final LocalDateTime BIRTHDAY = LocalDateTime.of(1979, 7, 8, 22, 0);
    private static final LocalDateTime SAMPLE = LocalDateTime.of(2009, 5, 16, 5, 30, 30, 123_456_000);

    private static String format(Object value, String format) {
        return DateFormat.format(value, format, SETTINGS);
    }

    @Test
    void dateCharacters() {
        assertThat(format(BIRTHDAY, "")).isEqualTo("July 8, 1979");
        assertThat(format(BIRTHDAY, "d j D l N M F E b m n y Y")).isEqualTo(
                "08 8 Sun Sunday July Jul July July jul 07 7 79 1979");
        assertThat(format(BIRTHDAY, "L t w W z S o")).isEqualTo("False 31 0 27 189 th 1979");
        assertThat(format(LocalDate.of(2008, 12, 29), "o W")).isEqualTo("2009 1");
        assertThat(format(LocalDate.of(2010, 1, 3), "o W")).isEqualTo("2009 53");
        assertThat(format(LocalDate.of(2000, 2, 29), "L t")).isEqualTo("True 29");
        assertThat(format(LocalDate.of(476, 9, 4), "Y y")).isEqualTo("0476 76");
        assertThat(format(LocalDate.of(2005, 12, 29), "jS \\o\\f F")).isEqualTo("29th of December");
        assertThat(format(LocalDate.of(2005, 12, 1), "jS")).isEqualTo("1st");
        assertThat(format(LocalDate.of(2005, 12, 2), "jS")).isEqualTo("2nd");
        assertThat(format(LocalDate.of(2005, 12, 3), "jS")).isEqualTo("3rd");
        assertThat(format(LocalDate.of(2005, 12, 11), "jS")).isEqualTo("11th");
        assertThat(format(LocalDate.of(2005, 12, 22), "jS")).isEqualTo("22nd");
        assertThat(format(LocalDate.of(2005, 9, 1), "N")).isEqualTo("Sept.");
    }

    @Test
    void timeCharacters() {
        assertThat(format(SAMPLE, "a A f g G h H i s u P")).isEqualTo("a.m. AM 5:30 5 5 05 05 30 30 123456 5:30 a.m.");
        assertThat(format(LocalTime.of(0, 0), "P")).isEqualTo("midnight");
        assertThat(format(LocalTime.of(12, 0), "P")).isEqualTo("noon");
        assertThat(format(LocalTime.of(13, 0), "P g h")).isEqualTo("1 p.m. 1 01");
        assertThat(format(LocalTime.of(0, 1), "H:i")).isEqualTo("00:01");
        assertThat(DateFormat.formatTime(LocalTime.of(16, 25), "", SETTINGS)).isEqualTo("4:25 p.m.");
    }

    @Test
    void zoneCharactersForNaiveAwareAndZonelessValues() {
        assertThat(format(BIRTHDAY, "e|O|T|Z|I")).isEqualTo("|-0500|CDT|-18000|1");
        assertThat(format(LocalDateTime.of(2009, 1, 1, 0, 0), "O T I")).isEqualTo("-0600 CST 0");
        OffsetDateTime fixed = OffsetDateTime.of(2009, 3, 12, 0, 0, 0, 0, ZoneOffset.ofHoursMinutes(0, 30));
        assertThat(format(fixed, "e|O|T|Z")).isEqualTo("+0030|+0030|+0030|1800");
        ZonedDateTime zoned = ZonedDateTime.of(2009, 3, 12, 0, 0, 0, 0, ZoneId.of("Europe/Paris"));
        assertThat(format(zoned, "e O Z")).isEqualTo("CET +0100 3600");
        assertThat(format(LocalTime.of(4, 0), "P:e:O:T:Z")).isEqualTo("4 a.m.::::");
        assertThat(format(LocalDateTime.of(2024, 3, 10, 2, 30), "O|T|Z")).isEqualTo("||");
        assertThat(format(OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), "e T")).isEqualTo("UTC UTC");
    }

    @Test
    void isoRfcAndEpoch() {
        assertThat(format(SAMPLE, "c")).isEqualTo("2009-05-16T05:30:30.123456");
        assertThat(format(LocalDate.of(2009, 5, 16), "c")).isEqualTo("2009-05-16");
        assertThat(format(OffsetDateTime.of(2008, 1, 2, 10, 30, 0, 0, ZoneOffset.ofHours(2)), "c"))
                .isEqualTo("2008-01-02T10:30:00+02:00");
        assertThat(format(BIRTHDAY, "r")).isEqualTo("Sun, 08 Jul 1979 22:00:00 -0500");
        assertThat(format(BIRTHDAY, "U")).isEqualTo("300337200");
        assertThat(format(LocalDate.of(1970, 1, 2), "U")).isEqualTo(String.valueOf(86400 + 6 * 3600));
    }

    @Test
    void escapingAndSettingNames() {
        assertThat(format(BIRTHDAY, "\\Y\\e\\a\\r: Y")).isEqualTo("Year: 1979");
        assertThat(format(BIRTHDAY, "\\\\d")).isEqualTo("\\d");
        assertThat(format(BIRTHDAY, "SHORT_DATE_FORMAT")).isEqualTo("07/08/1979");
        assertThat(format(BIRTHDAY, "DATETIME_FORMAT")).isEqualTo("July 8, 1979, 10 p.m.");
        assertThat(format(BIRTHDAY, "YEAR_MONTH_FORMAT")).isEqualTo("July 1979");
        assertThat(format(BIRTHDAY, "\\n\\o\\w")).isEqualTo("now");
    }

    @Test
    void errorsFollowDjango() {
        assertThatThrownBy(() -> format(LocalDate.of(2000, 1, 1), "H"))
                .isInstanceOfSatisfying(TemplateRenderError.class, e -> assertThat(e.kind()).isEqualTo("TypeError"));
        assertThatThrownBy(() -> format(LocalDate.of(2000, 1, 1), "r"))
                .isInstanceOfSatisfying(TemplateRenderError.class, e -> assertThat(e.kind()).isEqualTo("TypeError"));
        assertThatThrownBy(() -> format(LocalTime.of(1, 0), "d"))
                .isInstanceOfSatisfying(TemplateRenderError.class, e -> assertThat(e.kind()).isEqualTo("AttributeError"));
        assertThatThrownBy(() -> DateFormat.formatTime(BIRTHDAY, "d", SETTINGS))
                .isInstanceOfSatisfying(TemplateRenderError.class, e -> assertThat(e.kind()).isEqualTo("AttributeError"));
    }

    @Test
    void dateAndTimeFilters() {
        assertThat(call("date", LocalDateTime.of(2008, 1, 1, 0, 0))).isEqualTo("Jan. 1, 2008");
        assertThat(call("date", LocalDateTime.of(2008, 1, 1, 0, 0), "m")).isEqualTo("01");
        assertThat(call("date", "fail_string", "m")).isEqualTo("");
        assertThat(call("date", "")).isEqualTo("");
        assertThat(call("date", null)).isEqualTo("");
        assertThat(call("date", LocalTime.of(0, 0), "H:i")).isEqualTo("00:00");
        assertThatThrownBy(() -> call("date", LocalDate.of(2000, 1, 1), "P"))
                .isInstanceOfSatisfying(TemplateRenderError.class, e -> assertThat(e.kind()).isEqualTo("TypeError"));
        assertThat(call("time", LocalTime.of(16, 25))).isEqualTo("4:25 p.m.");
        assertThat(call("time", LocalTime.of(13, 0), "h")).isEqualTo("01");
        assertThat(call("time", LocalDate.of(2026, 11, 27), "P:e:O:T:Z")).isEqualTo("");
        assertThat(call("time", "non-datetime-value", "P")).isEqualTo("");
        assertThat(call("time", LocalDateTime.of(2026, 11, 27, 19, 27), "e:T")).isEqualTo(":CST");
        assertThat(call("time", LocalDateTime.of(2026, 11, 27, 19, 27), "d")).isEqualTo("");
        assertThat(call("time", null)).isEqualTo("");
    }
}

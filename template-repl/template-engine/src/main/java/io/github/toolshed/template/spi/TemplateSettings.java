package io.github.toolshed.template.spi;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The Django settings templates depend on: time zone handling, date and time formats, and the
 * clock used by {@code {% now %}}, {@code timesince} and {@code timeuntil}. Defaults are Django's.
 *
 * @param timeZone {@code TIME_ZONE}: the zone naive values are taken to be in and aware values are
 *     shown in when {@code useTz} is on
 * @param useTz {@code USE_TZ}
 * @param dateFormat {@code DATE_FORMAT}
 * @param datetimeFormat {@code DATETIME_FORMAT}
 * @param timeFormat {@code TIME_FORMAT}
 * @param shortDateFormat {@code SHORT_DATE_FORMAT}
 * @param shortDatetimeFormat {@code SHORT_DATETIME_FORMAT}
 * @param yearMonthFormat {@code YEAR_MONTH_FORMAT}
 * @param monthDayFormat {@code MONTH_DAY_FORMAT}
 * @param clock the clock for "now"
 */
public record TemplateSettings(
        ZoneId timeZone,
        boolean useTz,
        String dateFormat,
        String datetimeFormat,
        String timeFormat,
        String shortDateFormat,
        String shortDatetimeFormat,
        String yearMonthFormat,
        String monthDayFormat,
        Clock clock) {

    /**
     * Validates the settings.
     *
     * @param timeZone TIME_ZONE
     * @param useTz USE_TZ
     * @param dateFormat DATE_FORMAT
     * @param datetimeFormat DATETIME_FORMAT
     * @param timeFormat TIME_FORMAT
     * @param shortDateFormat SHORT_DATE_FORMAT
     * @param shortDatetimeFormat SHORT_DATETIME_FORMAT
     * @param yearMonthFormat YEAR_MONTH_FORMAT
     * @param monthDayFormat MONTH_DAY_FORMAT
     * @param clock the clock
     */
    public TemplateSettings {
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(dateFormat, "dateFormat");
        Objects.requireNonNull(datetimeFormat, "datetimeFormat");
        Objects.requireNonNull(timeFormat, "timeFormat");
        Objects.requireNonNull(shortDateFormat, "shortDateFormat");
        Objects.requireNonNull(shortDatetimeFormat, "shortDatetimeFormat");
        Objects.requireNonNull(yearMonthFormat, "yearMonthFormat");
        Objects.requireNonNull(monthDayFormat, "monthDayFormat");
        Objects.requireNonNull(clock, "clock");
    }

    /**
     * Django's default settings with the given time zone and the system clock.
     *
     * @param timeZone TIME_ZONE
     * @return the settings
     */
    public static TemplateSettings defaults(ZoneId timeZone) {
        return new TemplateSettings(
                timeZone,
                false,
                "N j, Y",
                "N j, Y, P",
                "P",
                "m/d/Y",
                "m/d/Y P",
                "F Y",
                "F j",
                Clock.system(timeZone));
    }

    /**
     * Django's default settings with {@code TIME_ZONE = "America/Chicago"} (Django's own default).
     *
     * @return the settings
     */
    public static TemplateSettings defaults() {
        return defaults(ZoneId.of("America/Chicago"));
    }

    /**
     * Returns a copy with another clock.
     *
     * @param newClock the clock
     * @return the copy
     */
    public TemplateSettings withClock(Clock newClock) {
        return new TemplateSettings(
                timeZone,
                useTz,
                dateFormat,
                datetimeFormat,
                timeFormat,
                shortDateFormat,
                shortDatetimeFormat,
                yearMonthFormat,
                monthDayFormat,
                newClock);
    }

    /**
     * Returns a copy with {@code USE_TZ} set.
     *
     * @param on USE_TZ
     * @return the copy
     */
    public TemplateSettings withUseTz(boolean on) {
        return new TemplateSettings(
                timeZone,
                on,
                dateFormat,
                datetimeFormat,
                timeFormat,
                shortDateFormat,
                shortDatetimeFormat,
                yearMonthFormat,
                monthDayFormat,
                clock);
    }
}

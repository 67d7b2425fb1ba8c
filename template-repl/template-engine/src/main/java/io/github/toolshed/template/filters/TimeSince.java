package io.github.toolshed.template.filters;

import io.github.toolshed.template.TemplateRenderError;
import io.github.toolshed.template.python.Python;
import io.github.toolshed.template.spi.TemplateSettings;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;

/**
 * Django's {@code timesince}/{@code timeuntil}: the time between two moments as at most two
 * adjacent units ("2\u00a0weeks, 3\u00a0days"), years of 365 days and months of 30.
 */
final class TimeSince {

    private static final long[] SECONDS = {365L * 86400, 30L * 86400, 7L * 86400, 86400, 3600, 60};
    private static final String[] NAMES = {"year", "month", "week", "day", "hour", "minute"};
    private static final int DEPTH = 2;

    private TimeSince() {}

    /**
     * The time from {@code d} to {@code now} (or the reverse), Django's {@code timesince}.
     *
     * @throws TemplateRenderError of kind {@code TypeError} when one value is naive and the other aware
     */
    static String timesince(Object d, Object now, boolean reversed, TemplateSettings settings) {
        Temporal from = asDateTime(d);
        Temporal to = now == null ? currentTime(from, settings) : asDateTime(now);
        if (reversed) {
            Temporal swap = from;
            from = to;
            to = swap;
        }
        boolean fromAware = !(from instanceof LocalDateTime);
        boolean toAware = !(to instanceof LocalDateTime);
        if (fromAware != toAware) {
            throw new TemplateRenderError("TypeError", "can't subtract offset-naive and offset-aware datetimes");
        }
        Duration delta = Duration.between(from, to);
        int fromYear = year(from);
        int toYear = year(to);
        long leapDays = leapdays(fromYear, toYear);
        if (leapDays != 0) {
            if (LocalDate.of(fromYear, 1, 1).isLeapYear()) {
                leapDays -= 1;
            } else if (LocalDate.of(toYear, 1, 1).isLeapYear()) {
                leapDays += 1;
            }
        }
        delta = delta.minusDays(leapDays);
        long since = delta.getSeconds();
        if (since <= 0) {
            return Values.avoidWrapping("0 minutes");
        }
        int i = 0;
        while (i < SECONDS.length && since / SECONDS[i] == 0) {
            i++;
        }
        if (i == SECONDS.length) {
            return Values.avoidWrapping("0 minutes");
        }
        List<String> parts = new ArrayList<>();
        while (i < SECONDS.length && parts.size() < DEPTH) {
            long count = since / SECONDS[i];
            if (count == 0) {
                break;
            }
            parts.add(Values.avoidWrapping(count + " " + NAMES[i] + (count == 1 ? "" : "s")));
            since -= SECONDS[i] * count;
            i++;
        }
        return String.join(", ", parts);
    }

    private static Temporal asDateTime(Object value) {
        return switch (value) {
            case LocalDateTime dt -> dt;
            case OffsetDateTime dt -> dt;
            case ZonedDateTime dt -> dt;
            case LocalDate d -> d.atStartOfDay();
            case null -> throw new TemplateRenderError("TypeError", "expected a date or datetime, got None");
            default -> throw new TemplateRenderError(
                    "AttributeError", "'" + Python.typeName(value) + "' object has no attribute 'year'");
        };
    }

    private static Temporal currentTime(Temporal reference, TemplateSettings settings) {
        if (reference instanceof LocalDateTime) {
            return LocalDateTime.now(settings.clock().withZone(settings.timeZone()));
        }
        return OffsetDateTime.now(settings.clock().withZone(java.time.ZoneOffset.UTC));
    }

    private static int year(Temporal t) {
        return switch (t) {
            case LocalDateTime dt -> dt.getYear();
            case OffsetDateTime dt -> dt.getYear();
            case ZonedDateTime dt -> dt.getYear();
            default -> throw new IllegalStateException(t.toString());
        };
    }

    /** Python's {@code calendar.leapdays(y1, y2)}: leap years in [y1, y2). */
    static long leapdays(int y1, int y2) {
        long a = y1 - 1L;
        long b = y2 - 1L;
        return (Math.floorDiv(b, 4) - Math.floorDiv(a, 4)) - (Math.floorDiv(b, 100) - Math.floorDiv(a, 100))
                + (Math.floorDiv(b, 400) - Math.floorDiv(a, 400));
    }
}

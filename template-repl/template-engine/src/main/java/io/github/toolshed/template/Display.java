package io.github.toolshed.template;

import io.github.toolshed.template.filters.DateFormat;
import io.github.toolshed.template.python.Python;
import io.github.toolshed.template.spi.TemplateSettings;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * How a value becomes output text (Django's {@code render_value_in_context} with localisation
 * off): numbers and dates are formatted as {@code localize()} does, everything else prints as
 * Python's {@code str()}; the result is escaped unless it is safe or auto-escaping is off.
 */
final class Display {

    private Display() {}

    static void renderValue(Object value, Context context, StringBuilder out) {
        if (value instanceof String s) {
            if (context.autoescape()) {
                out.append(SafeString.escapeHtml(s));
            } else {
                out.append(s);
            }
            return;
        }
        if (value instanceof SafeString s) {
            out.append(s.toString());
            return;
        }
        TemplateSettings settings = context.template.engine().settings();
        String text = localize(FilterExpression.localtime(value, settings), settings);
        out.append(context.autoescape() ? SafeString.escapeHtml(text) : text);
    }

    /** Django's {@code localize(value)} with {@code USE_L10N = False}. */
    static String localize(Object value, TemplateSettings settings) {
        return switch (value) {
            case null -> "None";
            case CharSequence cs -> cs.toString();
            case Boolean b -> Python.str(b);
            case BigDecimal d -> d.toPlainString();
            case Double d -> floatText(d);
            case Float f -> floatText(f.doubleValue());
            case LocalDateTime dt -> DateFormat.format(dt, settings.datetimeFormat(), settings);
            case OffsetDateTime dt -> DateFormat.format(dt, settings.datetimeFormat(), settings);
            case ZonedDateTime dt -> DateFormat.format(dt, settings.datetimeFormat(), settings);
            case LocalDate d -> DateFormat.format(d, settings.dateFormat(), settings);
            case LocalTime t -> DateFormat.format(t, settings.timeFormat(), settings);
            default -> Python.str(value);
        };
    }

    /** {@code numberformat.format} of a float: Python's str, without an exponent. */
    private static String floatText(double d) {
        double abs = Math.abs(d);
        if (abs >= 1e-3 && abs < 1e7) {
            // Java and Python both print the shortest round-tripping digits, and in this range
            // both use plain notation, so the texts are identical.
            return Double.toString(d);
        }
        String s = Python.str(d);
        if (s.indexOf('e') >= 0 && !Double.isNaN(d) && !Double.isInfinite(d)) {
            return new BigDecimal(s).toPlainString();
        }
        return s;
    }
}

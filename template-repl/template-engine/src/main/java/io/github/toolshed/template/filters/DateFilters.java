package io.github.toolshed.template.filters;

import io.github.toolshed.template.TemplateRenderError;
import io.github.toolshed.template.spi.FilterContext;
import io.github.toolshed.template.spi.FilterSpec;
import io.github.toolshed.template.spi.FilterSpec.Arity;
import java.util.List;

/** Filters about dates and times: {@code date}, {@code time}, {@code timesince}, {@code timeuntil}. */
final class DateFilters {

    private DateFilters() {}

    static void register(List<FilterSpec> specs) {
        specs.add(FilterSpec.of("date", Arity.OPTIONAL, DateFilters::date).expectingLocaltime());
        specs.add(FilterSpec.of("time", Arity.OPTIONAL, DateFilters::time).expectingLocaltime());
        specs.add(FilterSpec.of("timesince", Arity.OPTIONAL, (v, a, c) -> since(v, a, c, false)));
        specs.add(FilterSpec.of("timeuntil", Arity.OPTIONAL, (v, a, c) -> since(v, a, c, true)));
    }

    private static boolean emptyValue(Object value) {
        return value == null || value instanceof CharSequence cs && cs.isEmpty();
    }

    private static Object date(Object value, Object arg, FilterContext context) {
        if (emptyValue(value)) {
            return "";
        }
        String format = arg == null ? null : Values.text(arg);
        try {
            return DateFormat.format(value, format, context.settings());
        } catch (TemplateRenderError e) {
            if (e.kind().equals("AttributeError")) {
                return "";
            }
            throw e;
        }
    }

    private static Object time(Object value, Object arg, FilterContext context) {
        if (emptyValue(value)) {
            return "";
        }
        String format = arg == null ? null : Values.text(arg);
        try {
            return DateFormat.formatTime(value, format, context.settings());
        } catch (TemplateRenderError e) {
            if (e.kind().equals("AttributeError") || e.kind().equals("TypeError")) {
                return "";
            }
            throw e;
        }
    }

    private static Object since(Object value, Object arg, FilterContext context, boolean reversed) {
        if (!io.github.toolshed.template.python.Python.truthy(value)) {
            return "";
        }
        Object now = io.github.toolshed.template.python.Python.truthy(arg) ? arg : null;
        try {
            return TimeSince.timesince(value, now, reversed, context.settings());
        } catch (TemplateRenderError e) {
            if (e.kind().equals("ValueError") || e.kind().equals("TypeError")) {
                return "";
            }
            throw e;
        }
    }
}

package io.github.toolshed.template;

import io.github.toolshed.template.python.Python;
import io.github.toolshed.template.spi.FilterContext;
import io.github.toolshed.template.spi.FilterSpec;
import io.github.toolshed.template.spi.TemplateSettings;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A variable or literal followed by a chain of filters, as in {@code value|default:"x"|upper}
 * (Django's {@code FilterExpression}).
 *
 * <p>Grammar (whitespace allowed around {@code |}):
 * <pre>
 * expression := (constant | var) ( "|" name ( ":" (constant | var) )? )*
 * constant   := '"' chars '"' | "'" chars "'" | '_(' quoted ')'
 * var        := [\w.]+ | number
 * </pre>
 */
final class FilterExpression {

    private static final String STRDQ = "\"[^\"\\\\]*(?:\\\\.[^\"\\\\]*)*\"";
    private static final String STRSQ = "'[^'\\\\]*(?:\\\\.[^'\\\\]*)*'";
    private static final String CONSTANT = "(?:_\\(" + STRDQ + "\\)|_\\(" + STRSQ + "\\)|" + STRDQ + "|" + STRSQ + ")";
    private static final String NUM = "[-+.]?\\d[\\d.e]*";
    private static final String VAR = "[\\w.]+";
    private static final Pattern FILTER_RE = Pattern.compile(
            "^(?<constant>" + CONSTANT + ")|^(?<var>" + VAR + "|" + NUM + ")|(?:\\s*\\|\\s*(?<name>\\w+(?:\\.\\w+)*)(?::(?:(?<carg>" + CONSTANT
                    + ")|(?<varg>" + VAR + "|" + NUM + ")))?)",
            Pattern.UNICODE_CHARACTER_CLASS);

    private final String token;
    private final Variable variable;
    private final Object constant;
    private final List<Applied> filters;

    private record Applied(FilterSpec spec, Variable argument, boolean hasArgument) {}

    FilterExpression(String token, Map<String, FilterSpec> library) {
        this.token = token;
        Matcher m = FILTER_RE.matcher(token);
        Variable var = null;
        Object constantValue = null;
        boolean started = false;
        List<Applied> chain = new ArrayList<>();
        int upto = 0;
        while (m.find()) {
            int start = m.start();
            if (upto != start) {
                throw new TemplateSyntaxError("Could not parse some characters: " + token.substring(0, upto) + "|"
                        + token.substring(upto, start) + "|" + token.substring(start));
            }
            if (!started) {
                String c = m.group("constant");
                String v = m.group("var");
                if (c != null) {
                    constantValue = new Variable(c).literal();
                } else if (v == null) {
                    throw new TemplateSyntaxError("Could not find variable at start of " + token + ".");
                } else {
                    var = new Variable(v);
                }
                started = true;
            } else {
                String name = m.group("name");
                String carg = m.group("carg");
                String varg = m.group("varg");
                FilterSpec spec = library.get(name);
                if (spec == null) {
                    throw new TemplateSyntaxError("Invalid filter: '" + name + "'");
                }
                Variable arg = carg != null ? new Variable(carg) : varg != null ? new Variable(varg) : null;
                checkArity(spec, arg != null);
                chain.add(new Applied(spec, arg, arg != null));
            }
            upto = m.end();
        }
        if (upto != token.length()) {
            throw new TemplateSyntaxError("Could not parse the remainder: '" + token.substring(upto) + "' from '" + token + "'");
        }
        if (!started) {
            throw new TemplateSyntaxError("Could not find variable at start of " + token + ".");
        }
        this.variable = var;
        this.constant = constantValue;
        this.filters = List.copyOf(chain);
    }

    private static void checkArity(FilterSpec spec, boolean given) {
        int provided = given ? 2 : 1;
        switch (spec.arity()) {
            case NONE -> {
                if (given) {
                    throw new TemplateSyntaxError(spec.name() + " requires 1 arguments, 2 provided");
                }
            }
            case REQUIRED -> {
                if (!given) {
                    throw new TemplateSyntaxError(spec.name() + " requires 2 arguments, " + provided + " provided");
                }
            }
            case OPTIONAL -> {
                // one or two
            }
        }
    }

    String token() {
        return token;
    }

    /** The plain variable when there are no filters, else null. */
    Variable bareVariable() {
        return filters.isEmpty() ? variable : null;
    }

    /** Django's {@code resolve(context)}: missing values become {@code string_if_invalid}. */
    Object resolve(Context context) {
        return resolve(context, false);
    }

    /**
     * Resolves the expression. With {@code ignoreFailures} a missing variable is None; otherwise it
     * is the engine's {@code string_if_invalid} (returned as is, filters skipped, when non-empty).
     */
    Object resolve(Context context, boolean ignoreFailures) {
        Object obj;
        if (variable != null) {
            obj = variable.resolve(context);
            if (obj == Variable.MISSING) {
                if (ignoreFailures) {
                    obj = null;
                } else if (context.template.engine().strict() && !startsWithDefault()) {
                    throw Strict.missing(variable.text(), context);
                } else {
                    String invalid = context.template.engine().stringIfInvalid();
                    if (!invalid.isEmpty()) {
                        return invalid.contains("%s") ? invalid.replace("%s", variable.text()) : invalid;
                    }
                    obj = invalid;
                }
            }
        } else {
            obj = constant;
        }
        for (Applied f : filters) {
            obj = apply(f, obj, context);
        }
        return obj;
    }

    private boolean startsWithDefault() {
        if (filters.isEmpty()) {
            return false;
        }
        String first = filters.getFirst().spec().name();
        return first.equals("default") || first.equals("default_if_none");
    }

    private static Object apply(Applied f, Object obj, Context context) {
        Object arg = null;
        if (f.argument != null) {
            arg = f.argument.resolve(context);
            if (arg == Variable.MISSING) {
                throw new TemplateRenderError("VariableDoesNotExist",
                        "Failed lookup for key [" + f.argument.text() + "] in filter '" + f.spec.name() + "'");
            }
        }
        Engine engine = context.template.engine();
        FilterSpec spec = f.spec;
        if (spec.expectsLocaltime()) {
            obj = localtime(obj, engine.settings());
        }
        Object result = spec.filter().apply(obj, arg, new Call(context, f.hasArgument, engine.settings()));
        if (spec.isSafe() && obj instanceof SafeString) {
            // Django's mark_safe(new_obj): whatever the filter returned becomes safe text.
            return result instanceof CharSequence cs ? SafeString.of(cs) : SafeString.of(Python.str(result));
        }
        return result;
    }

    static Object localtime(Object value, TemplateSettings settings) {
        if (!settings.useTz()) {
            return value;
        }
        if (value instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(settings.timeZone());
        }
        if (value instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(settings.timeZone());
        }
        return value;
    }

    /** The per-call view a filter gets. */
    private record Call(Context context, boolean hasArgument, TemplateSettings settings) implements FilterContext {
        @Override
        public boolean autoescape() {
            return context.autoescape();
        }

        @Override
        public Object lookup(Object base, String path) {
            Object v = Variable.resolvePath(base, path, context.memberAccessPolicy());
            if (v == Variable.MISSING) {
                throw new TemplateRenderError("VariableDoesNotExist", "Failed lookup for key [" + path + "] in " + base);
            }
            return v;
        }
    }

    @Override
    public String toString() {
        return token;
    }
}

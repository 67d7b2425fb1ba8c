package io.github.toolshed.template;

import io.github.toolshed.template.filters.DateFormat;
import io.github.toolshed.template.python.Python;
import io.github.toolshed.template.spi.TemplateSettings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Small built-in tags: autoescape, comment, csrf_token, debug, filter, now, spaceless, templatetag, verbatim, widthratio. */
final class MiscTags {

    private static final Pattern BETWEEN_TAGS = Pattern.compile(">\\s+<");
    private static final Map<String, String> TEMPLATETAG = Map.of(
            "openblock", "{%", "closeblock", "%}", "openvariable", "{{", "closevariable", "}}",
            "openbrace", "{", "closebrace", "}", "opencomment", "{#", "closecomment", "#}");
    private static final List<String> TEMPLATETAG_ORDER = List.of(
            "openblock", "closeblock", "openvariable", "closevariable", "openbrace", "closebrace", "opencomment", "closecomment");

    private MiscTags() {}

    static Node parseAutoescape(Parser parser, Token token) {
        String[] args = token.contents().trim().split("\\s+");
        if (args.length != 2) {
            throw new TemplateSyntaxError("'autoescape' tag requires exactly one argument.");
        }
        if (!args[1].equals("on") && !args[1].equals("off")) {
            throw new TemplateSyntaxError("'autoescape' argument should be 'on' or 'off'");
        }
        boolean setting = args[1].equals("on");
        NodeList body = parser.parse(Parser.until("endautoescape"));
        parser.deleteFirstToken();
        return new Node() {
            @Override
            void render(Context context, StringBuilder out) {
                boolean old = context.autoescape();
                context.autoescape(setting);
                try {
                    body.render(context, out);
                } finally {
                    context.autoescape(old);
                }
            }

            @Override
            List<NodeList> children() {
                return List.of(body);
            }
        };
    }

    static Node parseComment(Parser parser, Token token) {
        parser.skipPast("endcomment");
        return new Node() {
            @Override
            void render(Context context, StringBuilder out) {
                // nothing
            }
        };
    }

    static Node parseCsrfToken(Parser parser, Token token) {
        return new Node() {
            @Override
            void render(Context context, StringBuilder out) {
                String t = context.template.engine().csrfTokenSource().token(context);
                if (t != null && !t.isEmpty() && !t.equals("NOTPROVIDED")) {
                    out.append("<input type=\"hidden\" name=\"csrfmiddlewaretoken\" value=\"")
                            .append(SafeString.escapeHtml(t)).append("\">");
                }
            }
        };
    }

    static Node parseDebug(Parser parser, Token token) {
        return new Node() {
            @Override
            void render(Context context, StringBuilder out) {
                Map<String, Object> vars = new TreeMap<>(context.flatten());
                out.append(SafeString.escapeHtml(Python.repr(vars)));
            }
        };
    }

    static Node parseFilter(Parser parser, Token token) {
        String contents = token.contents().trim();
        int space = indexOfWhitespace(contents);
        if (space < 0) {
            throw new TemplateSyntaxError("'filter' tag requires a filter expression");
        }
        String rest = contents.substring(space).strip();
        FilterExpression expr = parser.compileFilter("var|" + rest);
        for (String name : filterNames(rest)) {
            if (name.equals("escape") || name.equals("safe")) {
                throw new TemplateSyntaxError("\"filter " + name + "\" is not permitted.  Use the \"autoescape\" tag instead.");
            }
        }
        NodeList body = parser.parse(Parser.until("endfilter"));
        parser.deleteFirstToken();
        return new Node() {
            @Override
            void render(Context context, StringBuilder out) {
                String output = body.renderToString(context);
                int scopes = context.scopeDepth();
                context.push(Map.of("var", SafeString.of(output)));
                try {
                    out.append(Python.str(expr.resolve(context)));
                } finally {
                    context.popTo(scopes);
                }
            }

            @Override
            List<NodeList> children() {
                return List.of(body);
            }
        };
    }

    private static List<String> filterNames(String chain) {
        java.util.ArrayList<String> names = new java.util.ArrayList<>();
        java.util.regex.Matcher m = Pattern.compile("(?:^|\\|)\\s*(\\w+)", Pattern.UNICODE_CHARACTER_CLASS).matcher(chain);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static Node parseNow(Parser parser, Token token) {
        List<String> bits = new java.util.ArrayList<>(token.splitContents());
        String asVar = null;
        if (bits.size() == 4 && bits.get(2).equals("as")) {
            asVar = bits.get(3);
            bits = bits.subList(0, 2);
        }
        if (bits.size() != 2) {
            throw new TemplateSyntaxError("'now' statement takes one argument");
        }
        String quoted = bits.get(1);
        String format = quoted.length() >= 2 ? quoted.substring(1, quoted.length() - 1) : "";
        String target = asVar;
        return new Node() {
            @Override
            void render(Context context, StringBuilder out) {
                TemplateSettings s = context.template.engine().settings();
                Object now = s.useTz()
                        ? ZonedDateTime.now(s.clock().withZone(s.timeZone()))
                        : LocalDateTime.now(s.clock().withZone(s.timeZone()));
                String formatted = DateFormat.format(now, namedFormat(format, s), s);
                if (target != null) {
                    context.set(target, formatted);
                } else {
                    out.append(formatted);
                }
            }
        };
    }

    /** A format given as a setting name (e.g. {@code SHORT_DATE_FORMAT}) means that setting's value. */
    static String namedFormat(String format, TemplateSettings s) {
        return switch (format) {
            case "DATE_FORMAT" -> s.dateFormat();
            case "DATETIME_FORMAT" -> s.datetimeFormat();
            case "TIME_FORMAT" -> s.timeFormat();
            case "SHORT_DATE_FORMAT" -> s.shortDateFormat();
            case "SHORT_DATETIME_FORMAT" -> s.shortDatetimeFormat();
            case "YEAR_MONTH_FORMAT" -> s.yearMonthFormat();
            case "MONTH_DAY_FORMAT" -> s.monthDayFormat();
            default -> format;
        };
    }

    static Node parseSpaceless(Parser parser, Token token) {
        NodeList body = parser.parse(Parser.until("endspaceless"));
        parser.deleteFirstToken();
        return new Node() {
            @Override
            void render(Context context, StringBuilder out) {
                out.append(BETWEEN_TAGS.matcher(body.renderToString(context).strip()).replaceAll("><"));
            }

            @Override
            List<NodeList> children() {
                return List.of(body);
            }
        };
    }

    static Node parseTemplateTag(Parser parser, Token token) {
        String[] bits = token.contents().trim().split("\\s+");
        if (bits.length != 2) {
            throw new TemplateSyntaxError("'templatetag' statement takes one argument");
        }
        String text = TEMPLATETAG.get(bits[1]);
        if (text == null) {
            throw new TemplateSyntaxError("Invalid templatetag argument: '" + bits[1] + "'. Must be one of: "
                    + Python.repr(TEMPLATETAG_ORDER));
        }
        return new VerbatimNode(text);
    }

    static Node parseVerbatim(Parser parser, Token token) {
        NodeList body = parser.parse(Parser.until("endverbatim"));
        parser.deleteFirstToken();
        StringBuilder text = new StringBuilder();
        for (Node n : body.nodes()) {
            if (n instanceof TextNode t) {
                text.append(t.text);
            }
        }
        return new VerbatimNode(text.toString());
    }

    /** Literal text from {@code {% verbatim %}}; counts as a tag for "must be first" checks. */
    static final class VerbatimNode extends Node {
        private final String text;

        VerbatimNode(String text) {
            this.text = text;
        }

        @Override
        void render(Context context, StringBuilder out) {
            out.append(text);
        }
    }

    static Node parseWidthRatio(Parser parser, Token token) {
        List<String> bits = token.splitContents();
        String asVar = null;
        if (bits.size() == 6) {
            if (!bits.get(4).equals("as")) {
                throw new TemplateSyntaxError("Invalid syntax in widthratio tag. Expecting 'as' keyword");
            }
            asVar = bits.get(5);
        } else if (bits.size() != 4) {
            throw new TemplateSyntaxError("widthratio takes at least three arguments");
        }
        FilterExpression value = parser.compileFilter(bits.get(1));
        FilterExpression max = parser.compileFilter(bits.get(2));
        FilterExpression width = parser.compileFilter(bits.get(3));
        String target = asVar;
        return new Node() {
            @Override
            void render(Context context, StringBuilder out) {
                Object v = value.resolve(context);
                Object m = max.resolve(context);
                BigDecimal w = PyNumbers.toInt(width.resolve(context));
                if (w == null) {
                    throw new TemplateSyntaxError("widthratio final argument must be a number");
                }
                String result;
                Double fv = PyNumbers.toFloat(v);
                Double fm = PyNumbers.toFloat(m);
                if (fv == null || fm == null) {
                    result = "";
                } else if (fm == 0.0) {
                    result = "0";
                } else {
                    double ratio = (fv / fm) * w.doubleValue();
                    if (Double.isNaN(ratio) || Double.isInfinite(ratio)) {
                        result = "";
                    } else {
                        result = new BigDecimal(ratio).setScale(0, RoundingMode.HALF_EVEN).toBigInteger().toString();
                    }
                }
                if (target != null) {
                    context.set(target, result);
                } else {
                    out.append(result);
                }
            }
        };
    }
}

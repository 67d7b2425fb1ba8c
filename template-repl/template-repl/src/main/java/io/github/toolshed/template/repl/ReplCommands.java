package io.github.toolshed.template.repl;

import io.github.toolshed.template.python.Python;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** The REPL's {@code :commands}. */
final class ReplCommands {

    /** Command names with their one-line help, in help order. */
    static final Map<String, String> HELP = helpTexts();

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*");
    private static final Pattern LIBRARIES = Pattern.compile("[A-Za-z_][\\w.]*(\\s+[A-Za-z_*][\\w.]*)*");
    private static final int WIDTH = 78;
    private static final int VALUE_WIDTH = 160;

    private final ReplSession session;

    ReplCommands(ReplSession session) {
        this.session = session;
    }

    private static Map<String, String> helpTexts() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put(":help", "this help");
        m.put(":vars", "the variables in the context");
        m.put(":inspect", "NAME  type and readable members of a value (dotted paths work)");
        m.put(":set", "NAME JSON  set a variable to a JSON value");
        m.put(":load", "LIB [from OWNER]  load a tag library, like {% load %}");
        m.put(":tags", "the tags available now");
        m.put(":filters", "the filters available now");
        m.put(":tree", "the node tree of the last input");
        m.put(":time", "parse and render time of the last input");
        m.put(":reset", "forget loaded libraries and set values");
        m.put(":exit", "leave (also: exit, Ctrl-D)");
        return java.util.Collections.unmodifiableMap(m);
    }

    ReplSession.Result run(String line) {
        String body = line.substring(1).strip();
        int space = indexOfSpace(body);
        String name = (space < 0 ? body : body.substring(0, space)).toLowerCase(Locale.ROOT);
        String arg = space < 0 ? "" : body.substring(space + 1).strip();
        return switch (name) {
            case "help", "?" -> ReplSession.Result.print(help());
            case "vars" -> ReplSession.Result.print(vars());
            case "inspect" -> ReplSession.Result.print(inspect(arg));
            case "set" -> ReplSession.Result.print(set(arg));
            case "load" -> ReplSession.Result.print(load(arg));
            case "tags" -> ReplSession.Result.print(columns(session.parser().tagNames()));
            case "filters" -> ReplSession.Result.print(columns(session.parser().filterNames()));
            case "tree" -> ReplSession.Result.print(session.last() == null ? "no input yet" : session.last().tree().stripTrailing());
            case "time" -> ReplSession.Result.print(time());
            case "reset" -> {
                session.reset();
                yield ReplSession.Result.print(session.live() ? "libraries forgotten (the paused render's values stay)" : "");
            }
            case "exit", "quit", "q" -> new ReplSession.Result("", true, false);
            default -> throw new TemplateReplException("unknown command ':" + name + "' (try :help)");
        };
    }

    private static int indexOfSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String help() {
        StringBuilder sb = new StringBuilder("""
                Type template source: it is rendered against the session's context and printed.
                An open block tag ({% for %} without {% endfor %}) continues on the next line.
                Tab completes variables, members after '.', tags after '{%', filters after '|'
                and libraries after '{% load '. Ctrl-C cancels the input, Ctrl-D or exit leaves.
                """);
        HELP.forEach((k, v) -> {
            int space = v.indexOf("  ");
            boolean hasArgs = space > 0 && Character.isUpperCase(v.charAt(0));
            String usage = hasArgs ? k + " " + v.substring(0, space) : k;
            String text = hasArgs ? v.substring(space + 2) : v;
            sb.append(String.format("%-28s %s%n", usage, text));
        });
        return sb.toString().stripTrailing();
    }

    private String vars() {
        Map<String, Object> all = new TreeMap<>(session.context().flatten());
        all.keySet().removeAll(List.of("True", "False", "None"));
        if (all.isEmpty()) {
            return "no variables";
        }
        StringBuilder sb = new StringBuilder();
        all.forEach((k, v) -> sb.append(k).append(" = ").append(shorten(safeRepr(v))).append('\n'));
        return sb.toString().stripTrailing();
    }

    private String inspect(String path) {
        if (!PATH.matcher(path).matches()) {
            throw new TemplateReplException("usage: :inspect NAME (a variable or dotted path, e.g. post.author)");
        }
        Object value = session.resolve(path);
        if (value == ReplSession.MISSING) {
            throw new TemplateReplException("'" + path + "' does not resolve (or is None) in the context");
        }
        StringBuilder sb = new StringBuilder(path).append(": ").append(typeOf(value));
        switch (value) {
            case null -> sb.append(" = None");
            case Map<?, ?> map -> {
                sb.append(", ").append(map.size()).append(map.size() == 1 ? " key" : " keys");
                map.forEach((k, v) -> member(sb, String.valueOf(k), v));
            }
            case List<?> list -> {
                sb.append(", ").append(list.size()).append(list.size() == 1 ? " item" : " items");
                for (int i = 0; i < Math.min(list.size(), 20); i++) {
                    member(sb, String.valueOf(i), list.get(i));
                }
                if (list.size() > 20) {
                    sb.append("\n  ...");
                }
            }
            case CharSequence cs -> sb.append(" = ").append(shorten(safeRepr(cs.toString())));
            case Number n -> sb.append(" = ").append(safeRepr(n));
            case Boolean b -> sb.append(" = ").append(safeRepr(b));
            default -> {
                var policy = session.engine().memberAccessPolicy();
                if (!policy.allowsType(value.getClass())) {
                    sb.append(" (members hidden by the access policy)");
                }
                sb.append(" = ").append(shorten(safeRepr(value)));
                for (String m : policy.memberNames(value.getClass())) {
                    try {
                        member(sb, m, policy.member(value, m).orElse(null));
                    } catch (RuntimeException e) {
                        sb.append("\n  ").append(m).append(": raises ").append(e.getClass().getSimpleName());
                    }
                }
            }
        }
        return sb.toString();
    }

    private static void member(StringBuilder sb, String name, Object value) {
        sb.append("\n  ").append(name).append(": ").append(typeOf(value)).append(" = ").append(shorten(safeRepr(value)));
    }

    private static String typeOf(Object value) {
        if (value == null) {
            return "NoneType";
        }
        String py = Python.typeName(value);
        String java = value.getClass().getName();
        return py.equals(java) || py.equals(value.getClass().getSimpleName()) ? java : py + " (" + java + ")";
    }

    private String set(String arg) {
        int space = indexOfSpace(arg);
        if (space < 0) {
            throw new TemplateReplException("usage: :set NAME JSON, e.g. :set post {\"title\": \"Hello\"}");
        }
        String name = arg.substring(0, space);
        if (!NAME.matcher(name).matches()) {
            throw new TemplateReplException("'" + name + "' is not a variable name");
        }
        Object value = Json.parse(arg.substring(space + 1));
        session.context().assign(name, value);
        return "";
    }

    private String load(String arg) {
        if (!LIBRARIES.matcher(arg).matches()) {
            throw new TemplateReplException("usage: :load LIB [LIB ...] [from OWNER]");
        }
        session.render("{% load " + arg + " %}");
        return "";
    }

    private String time() {
        if (session.parseNanos() < 0) {
            return "no input yet";
        }
        String render = session.renderNanos() < 0 ? "failed" : millis(session.renderNanos());
        return "parse " + millis(session.parseNanos()) + ", render " + render;
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.3f ms", nanos / 1e6);
    }

    static String columns(Collection<String> names) {
        StringBuilder sb = new StringBuilder();
        int width = names.stream().mapToInt(String::length).max().orElse(0) + 2;
        int perLine = Math.max(1, WIDTH / Math.max(1, width));
        List<String> list = new ArrayList<>(names);
        for (int i = 0; i < list.size(); i++) {
            boolean endOfLine = (i + 1) % perLine == 0 || i == list.size() - 1;
            sb.append(endOfLine ? list.get(i) : String.format("%-" + width + "s", list.get(i)));
            if (endOfLine) {
                sb.append('\n');
            }
        }
        return sb.toString().stripTrailing();
    }

    private static String safeRepr(Object value) {
        try {
            return Python.repr(value);
        } catch (RuntimeException e) {
            return "<" + value.getClass().getName() + ": repr raised " + e.getClass().getSimpleName() + ">";
        }
    }

    private static String shorten(String s) {
        String one = s.replace("\n", "\\n");
        return one.length() <= VALUE_WIDTH ? one : one.substring(0, VALUE_WIDTH - 3) + "...";
    }
}

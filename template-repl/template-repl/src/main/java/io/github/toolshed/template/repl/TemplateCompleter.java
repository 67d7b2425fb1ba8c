package io.github.toolshed.template.repl;

import io.github.toolshed.template.spi.Library;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion for the REPL, from the session's live state: variable names after {@code {{}
 * and in tag arguments, members after {@code .} (map keys, list indexes, and the record
 * components and getters the access policy allows), tags after <code>{%</code> (with the end
 * tags of a block the input left open), filters after
 * {@code |}, library names (and {@code name from owner}) after <code>{% load </code> and
 * <code>{% import </code>, and {@code :commands}. Needs no terminal: {@link #candidates} works
 * on a plain string.
 */
final class TemplateCompleter implements Completer {

    /** What the word under the cursor is. */
    enum Kind { NONE, VARIABLE, MEMBER, TAG, FILTER, LIBRARY, OWNER, COMMAND }

    /**
     * The analysis of the text before the cursor.
     *
     * @param kind what to complete
     * @param word the partial word the candidates must start with
     * @param base for members, the dotted path whose members are listed; for owners, the library
     */
    record Position(Kind kind, String word, String base) {}

    private static final int MAX_INDEXES = 20;

    private final ReplSession session;

    TemplateCompleter(ReplSession session) {
        this.session = session;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String before = line.line().substring(0, Math.min(line.cursor(), line.line().length()));
        for (String value : candidates(before)) {
            candidates.add(new Candidate(value, value, null, null, null, null, !value.endsWith(".")));
        }
    }

    /** The completions of the word that ends the text (the text before the cursor). */
    List<String> candidates(String before) {
        Position p = analyze(before);
        Collection<String> all = switch (p.kind()) {
            case NONE -> List.of();
            case VARIABLE -> variables();
            case MEMBER -> members(p.base());
            case TAG -> tags(before.substring(0, before.lastIndexOf("{%")));
            case FILTER -> session.parser().filterNames();
            case LIBRARY -> libraries();
            case OWNER -> owners(p.base());
            case COMMAND -> ReplCommands.HELP.keySet();
        };
        List<String> out = new ArrayList<>();
        for (String c : new TreeSet<>(all)) {
            if (c.startsWith(p.word())) {
                out.add(c);
            }
        }
        return out;
    }

    /** Finds what the last word of the text is: see {@link Kind}. */
    static Position analyze(String before) {
        String trimmed = before.stripLeading();
        if (trimmed.startsWith(":")) {
            return command(trimmed);
        }
        int var = before.lastIndexOf("{{");
        int tag = before.lastIndexOf("{%");
        int open = Math.max(var, tag);
        int close = Math.max(before.lastIndexOf("}}"), before.lastIndexOf("%}"));
        if (open < 0 || close > open) {
            return new Position(Kind.NONE, "", null);
        }
        String inner = before.substring(open + 2);
        String expr = trailingWord(inner);
        String head = inner.substring(0, inner.length() - expr.length());
        String headTrim = head.stripTrailing();
        if (headTrim.endsWith("|")) {
            return new Position(Kind.FILTER, expr, null);
        }
        if (open == tag) {
            List<String> words = List.of(head.strip().split("\\s+"));
            if (head.isBlank()) {
                return new Position(Kind.TAG, expr, null);
            }
            String first = words.getFirst();
            if (first.equals("load") || first.equals("import")) {
                if (words.size() >= 2 && words.getLast().equals("from")) {
                    return new Position(Kind.OWNER, expr, words.get(words.size() - 2));
                }
                return new Position(Kind.LIBRARY, expr, null);
            }
        }
        return path(expr);
    }

    private static Position command(String trimmed) {
        int space = trimmed.indexOf(' ');
        if (space < 0) {
            return new Position(Kind.COMMAND, trimmed, null);
        }
        String name = trimmed.substring(0, space);
        String rest = trimmed.substring(space + 1).stripLeading();
        if (rest.contains(" ")) {
            return new Position(Kind.NONE, "", null);
        }
        return switch (name) {
            case ":inspect", ":set" -> path(rest);
            case ":load" -> new Position(Kind.LIBRARY, rest, null);
            default -> new Position(Kind.NONE, "", null);
        };
    }

    private static Position path(String expr) {
        int dot = expr.lastIndexOf('.');
        if (dot < 0) {
            return new Position(Kind.VARIABLE, expr, null);
        }
        return new Position(Kind.MEMBER, expr.substring(dot + 1), expr.substring(0, dot));
    }

    /** The run of name characters and dots that ends the text. */
    static String trailingWord(String text) {
        int i = text.length();
        while (i > 0) {
            char c = text.charAt(i - 1);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.')) {
                break;
            }
            i--;
        }
        return text.substring(i);
    }

    /** The start of the word JLine replaces: after the last dot for members, else the whole word. */
    static int wordStart(String before) {
        Position p = analyze(before);
        return before.length() - p.word().length();
    }

    /** The tags usable now, plus the ones that continue or close a block the input left open. */
    private Collection<String> tags(String earlier) {
        TreeSet<String> names = new TreeSet<>(session.parser().tagNames());
        session.parser().check(earlier).filter(e -> e.unclosedBlock()).ifPresent(e -> names.addAll(e.expectedTags()));
        return names;
    }

    private Collection<String> variables() {
        TreeSet<String> names = new TreeSet<>(session.context().flatten().keySet());
        names.removeAll(List.of("True", "False", "None"));
        return names;
    }

    private Collection<String> members(String base) {
        Object value = session.resolve(base);
        if (value == ReplSession.MISSING || value == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        switch (value) {
            case Map<?, ?> map -> map.keySet().forEach(k -> out.add(String.valueOf(k)));
            case List<?> list -> {
                for (int i = 0; i < Math.min(list.size(), MAX_INDEXES); i++) {
                    out.add(String.valueOf(i));
                }
            }
            case CharSequence ignored -> {
                // indexes into strings are legal but never what one wants to complete
            }
            default -> out.addAll(session.engine().memberAccessPolicy().memberNames(value.getClass()));
        }
        return out;
    }

    private Collection<String> libraries() {
        TreeSet<String> names = new TreeSet<>();
        for (Library lib : session.engine().registeredLibraries()) {
            names.add(lib.name());
            names.add(lib.name() + " from " + lib.owner());
        }
        return names;
    }

    private Collection<String> owners(String library) {
        TreeSet<String> owners = new TreeSet<>();
        for (Library lib : session.engine().registeredLibraries()) {
            if (lib.name().equals(library)) {
                owners.add(lib.owner());
            }
        }
        return owners;
    }
}

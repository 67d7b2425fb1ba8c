package io.github.toolshed.template;

import io.github.toolshed.template.spi.Library;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code {% load %}} and {@code {% import %}} tags: they make library tags and filters visible
 * in the current template only (included and parent templates load their own).
 *
 * <p>Each tag takes one or more clauses separated by commas. A clause names a library
 * ({@code lib}) or one of its tags or filters ({@code lib.name}), then optional keywords in any
 * order: {@code from app} (the owner qualifier, dotted or an unambiguous last segment),
 * {@code into ns} (prefix the names with {@code ns.}) and {@code as alias} (rename one name, or for
 * {@code import} name the namespace). {@code load} puts names into the global scope unless
 * {@code into} is given; {@code import} namespaces by default and {@code import * from lib} is
 * global. Django's own forms {@code {% load a b %}} and {@code {% load name from lib %}} keep
 * working.
 */
final class Libraries {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    private Libraries() {}

    /** One parsed clause. */
    private record Clause(String target, String app, String into, String alias, String starLibrary) {}

    /** Makes every tag and filter of {@code lib} visible under {@code prefix + name}. */
    static void loadAll(Parser parser, Library lib, String prefix) {
        lib.tags().forEach((name, tag) -> parser.tags.put(prefix + name, LibraryTags.compiler(tag)));
        lib.filters().forEach((name, spec) -> parser.filters.put(prefix + name, spec));
    }

    /** {@code {% load ... %}}. */
    static Node load(Parser parser, Token token) {
        String rest = rest(token);
        if (rest.isBlank()) {
            return new LoadNode();
        }
        LibraryRegistry known = parser.engine.libraries();
        if (!rest.contains(",")) {
            List<String> words = Arrays.asList(rest.trim().split("\\s+"));
            if (words.stream().noneMatch(Libraries::isKeyword)) {
                List<Target> targets = new ArrayList<>();
                for (String w : words) {
                    targets.add(resolve(known, new Clause(w, null, null, null, null)));
                }
                for (Target t : targets) {
                    if (t.member() == null) {
                        loadAll(parser, t.library(), "");
                    } else {
                        loadMember(parser, t, t.member());
                    }
                }
                return new LoadNode();
            }
            if (isDjangoSelective(words, known)) {
                Library lib = known.find(words.getLast(), null);
                for (String name : words.subList(0, words.size() - 2)) {
                    if (!loadName(parser, lib, name, name)) {
                        throw new TemplateSyntaxError("'" + name + "' is not a valid tag or filter in tag library '"
                                + lib.name() + "'");
                    }
                }
                return new LoadNode();
            }
        }
        for (String text : rest.split(",", -1)) {
            Clause c = parse(text, false);
            Target t = resolve(known, c);
            String prefix = c.into() == null ? "" : c.into() + ".";
            if (t.member() == null) {
                if (c.alias() != null) {
                    throw new TemplateSyntaxError("'as' renames a single tag or filter ('lib.name as alias'); use "
                            + "'into' to put library '" + t.library().name() + "' into a namespace");
                }
                loadAll(parser, t.library(), prefix);
            } else {
                loadMember(parser, t, prefix + (c.alias() == null ? t.member() : c.alias()));
            }
        }
        return new LoadNode();
    }

    /** {@code {% import ... %}}. */
    static Node importTag(Parser parser, Token token) {
        String rest = rest(token);
        if (rest.isBlank()) {
            throw new TemplateSyntaxError("'import' needs at least one library: {% import lib %}");
        }
        LibraryRegistry known = parser.engine.libraries();
        for (String text : rest.split(",", -1)) {
            Clause c = parse(text, true);
            if (c.into() != null) {
                throw new TemplateSyntaxError("'import' does not take 'into'; use 'as' to name the namespace");
            }
            if (c.starLibrary() != null) {
                Library lib = known.find(c.starLibrary(), c.app());
                String prefix = c.alias() == null ? "" : c.alias() + ".";
                loadAll(parser, lib, prefix);
                continue;
            }
            Target t = resolve(known, c);
            if (t.member() == null) {
                loadAll(parser, t.library(), (c.alias() == null ? c.target() : c.alias()) + ".");
            } else {
                loadMember(parser, t, c.alias() == null ? c.target() : c.alias());
            }
        }
        return new LoadNode();
    }

    private static String rest(Token token) {
        String contents = token.contents().trim();
        int space = contents.indexOf(' ');
        return space < 0 ? "" : contents.substring(space + 1).trim();
    }

    private static boolean isKeyword(String w) {
        return w.equals("from") || w.equals("into") || w.equals("as");
    }

    /**
     * Django's {@code {% load name1 name2 from lib %}}: the last word names a library and every
     * name before {@code from} is one of its tags or filters (rather than {@code lib from app}).
     */
    private static boolean isDjangoSelective(List<String> words, LibraryRegistry known) {
        int n = words.size();
        if (n < 3 || !words.get(n - 2).equals("from") || words.subList(0, n - 2).stream().anyMatch(Libraries::isKeyword)) {
            return false;
        }
        if (words.subList(0, n - 2).stream().anyMatch(x -> x.contains("."))) {
            return false;
        }
        String libName = words.getLast();
        if (!known.has(libName)) {
            return false;
        }
        if (n == 3 && known.has(words.getFirst())) {
            Library lib = known.find(libName, null);
            return lib.tags().containsKey(words.getFirst()) || lib.filters().containsKey(words.getFirst());
        }
        return true;
    }

    private static Clause parse(String text, boolean importing) {
        List<String> w = new ArrayList<>(Arrays.asList(text.trim().split("\\s+")));
        if (w.size() == 1 && w.getFirst().isEmpty()) {
            throw new TemplateSyntaxError("Empty clause in '" + (importing ? "import" : "load")
                    + "': remove the extra comma");
        }
        String target = w.removeFirst();
        String starLibrary = null;
        if (importing && target.equals("*")) {
            if (w.size() < 2 || !w.getFirst().equals("from")) {
                throw new TemplateSyntaxError("'import *' must be followed by 'from lib'");
            }
            w.removeFirst();
            starLibrary = w.removeFirst();
        } else if (isKeyword(target) || !NAME.matcher(target).matches()) {
            throw new TemplateSyntaxError("Expected a library name in '" + text.trim() + "', found '" + target + "'");
        }
        String app = null;
        String into = null;
        String alias = null;
        while (!w.isEmpty()) {
            String kw = w.removeFirst();
            if (!isKeyword(kw)) {
                throw new TemplateSyntaxError("Unexpected '" + kw + "' in '" + text.trim()
                        + "': expected 'from', 'into' or 'as'");
            }
            if (w.isEmpty()) {
                throw new TemplateSyntaxError("'" + kw + "' must be followed by a name in '" + text.trim() + "'");
            }
            String value = w.removeFirst();
            if (isKeyword(value) || !NAME.matcher(value).matches() || (!kw.equals("from") && value.contains("."))) {
                throw new TemplateSyntaxError("'" + value + "' is not a valid name after '" + kw + "' in '"
                        + text.trim() + "'");
            }
            String previous = switch (kw) {
                case "from" -> app;
                case "into" -> into;
                default -> alias;
            };
            if (previous != null) {
                throw new TemplateSyntaxError("'" + kw + "' given twice in '" + text.trim() + "'");
            }
            switch (kw) {
                case "from" -> app = value;
                case "into" -> into = value;
                default -> alias = value;
            }
        }
        return new Clause(target, app, into, alias, starLibrary);
    }

    /** A whole library ({@code member == null}) or one name in it. */
    private record Target(Library library, String member) {}

    private static Target resolve(LibraryRegistry known, Clause c) {
        String target = c.target();
        if (known.has(target) || !target.contains(".")) {
            return new Target(known.find(target, c.app()), null);
        }
        int dot = target.lastIndexOf('.');
        Library lib = known.find(target.substring(0, dot), c.app());
        String member = target.substring(dot + 1);
        if (!lib.tags().containsKey(member) && !lib.filters().containsKey(member)) {
            throw new TemplateSyntaxError("'" + member + "' is not a valid tag or filter in tag library '"
                    + lib.name() + "' (from " + lib.owner() + ")");
        }
        return new Target(lib, member);
    }

    private static void loadMember(Parser parser, Target t, String as) {
        loadName(parser, t.library(), t.member(), as);
    }

    private static boolean loadName(Parser parser, Library lib, String name, String as) {
        boolean found = false;
        if (lib.tags().containsKey(name)) {
            parser.tags.put(as, LibraryTags.compiler(lib.tags().get(name)));
            found = true;
        }
        if (lib.filters().containsKey(name)) {
            parser.filters.put(as, lib.filters().get(name));
            found = true;
        }
        return found;
    }

    /** Renders nothing; loading happens at compile time. */
    static final class LoadNode extends Node {
        @Override
        void render(Context context, StringBuilder out) {
            // compile-time only
        }
    }
}

package io.github.toolshed.surlex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;

/**
 * The dispatch index of a {@link Router}: a character trie over each route's leading literal
 * text. Walking a path down the trie visits exactly the routes whose literal prefix the path
 * starts with; only those candidates are checked against cheap necessary conditions (length,
 * trailing literal, number of '/') and then their regex, which runs under a {@link StepBudget}
 * when the route could backtrack heavily. The answer is the lowest-numbered matching route, which
 * is what an in-order scan gives.
 */
final class RouteIndex {

    /** A route's index in declaration order and the matcher that matched it. */
    record Hit(int index, Matcher matcher) {}

    /** Longer literal prefixes are indexed by their start only, which keeps the trie shallow. */
    static final int MAX_DEPTH = 128;

    private static final char[] NO_KEYS = {};
    private static final int[] NO_ROUTES = {};

    private final Trie root;
    private final Surlex[] surlexes;
    private final String[] prefixes;
    private final String[] suffixes;
    private final int[] minLengths;
    private final boolean[] exact;
    private final int[] minSlashes;
    private final int[] maxSlashes;
    private final boolean[] guarded;

    RouteIndex(List<Surlex> routes) {
        int n = routes.size();
        surlexes = routes.toArray(Surlex[]::new);
        prefixes = new String[n];
        suffixes = new String[n];
        minLengths = new int[n];
        exact = new boolean[n];
        minSlashes = new int[n];
        maxSlashes = new int[n];
        guarded = new boolean[n];
        Builder rootBuilder = new Builder();
        for (int i = 0; i < n; i++) {
            List<Node> nodes = surlexes[i].parsed().nodes();
            String prefix = literalAt(nodes, 0);
            prefixes[i] = prefix;
            exact[i] = nodes.isEmpty() || (nodes.size() == 1 && !prefix.isEmpty());
            suffixes[i] = exact[i] || nodes.size() < 2 ? "" : literalAt(nodes, nodes.size() - 1);
            minLengths[i] = prefix.length() + suffixes[i].length();
            long[] bounds = slashes(nodes);
            minSlashes[i] = (int) bounds[0];
            maxSlashes[i] = (int) Math.min(Integer.MAX_VALUE, bounds[1]);
            guarded[i] = unbounded(nodes) >= 2;
            Builder at = rootBuilder;
            for (int k = 0; k < Math.min(prefix.length(), MAX_DEPTH); k++) {
                at = at.children.computeIfAbsent(prefix.charAt(k), _ -> new Builder());
            }
            at.routes.add(i);
        }
        root = rootBuilder.freeze();
    }

    private static String literalAt(List<Node> nodes, int index) {
        return index < nodes.size() && nodes.get(index) instanceof Node.Literal l ? l.text() : "";
    }

    /**
     * Returns the least and most number of '/' a path matching these nodes can contain. Literal
     * slashes count; a capture counts as none only when it uses a built-in macro's regex (none of
     * them matches '/'); anything else (plain captures, embedded regexes, wildcards) is unbounded.
     */
    private static long[] slashes(List<Node> nodes) {
        long min = 0;
        long max = 0;
        for (Node node : nodes) {
            switch (node) {
                case Node.Literal l -> {
                    long count = l.text().chars().filter(c -> c == '/').count();
                    min += count;
                    max += count;
                }
                case Node.Capture c -> max += SLASH_FREE.contains(c.regex()) ? 0 : Integer.MAX_VALUE;
                case Node.Wildcard _ -> max += Integer.MAX_VALUE;
                case Node.Section s -> max += slashes(s.children())[1];
            }
        }
        return new long[] {min, Math.min(max, Integer.MAX_VALUE)};
    }

    /** Counts elements that may match any run of characters: the ingredients of heavy backtracking. */
    private static int unbounded(List<Node> nodes) {
        int count = 0;
        for (Node node : nodes) {
            count += switch (node) {
                case Node.Literal _ -> 0;
                case Node.Capture c -> SLASH_FREE.contains(c.regex()) ? 0 : 1;
                case Node.Wildcard _ -> 1;
                case Node.Section s -> unbounded(s.children());
            };
        }
        return count;
    }

    private static final java.util.Set<String> SLASH_FREE = java.util.Set.copyOf(MacroRegistry.defaults().asMap().values());

    /** Returns the first declared route matching the whole path, or {@code null}. */
    Hit find(String path) {
        int slashCount = 0;
        for (int k = 0, len = path.length(); k < len; k++) {
            if (path.charAt(k) == '/') {
                slashCount++;
            }
        }
        int best = Integer.MAX_VALUE;
        Matcher bestMatcher = null;
        Trie node = root;
        int depth = 0;
        int length = path.length();
        while (node != null) {
            for (int index : node.routes) {
                if (index >= best) {
                    break;
                }
                if (length < minLengths[index] || slashCount < minSlashes[index] || slashCount > maxSlashes[index]) {
                    continue;
                }
                if (exact[index]) {
                    if (length != prefixes[index].length()
                            || (length > MAX_DEPTH && !path.equals(prefixes[index]))) {
                        continue;
                    }
                    best = index;
                    bestMatcher = null;
                    break;
                }
                if (!path.endsWith(suffixes[index])) {
                    continue;
                }
                Matcher m = surlexes[index].toPattern().matcher(guarded[index] ? new StepBudget(path) : path);
                if (matches(m, index, path)) {
                    best = index;
                    bestMatcher = m;
                    break;
                }
            }
            node = depth < length ? node.child(path.charAt(depth)) : null;
            depth++;
        }
        return best == Integer.MAX_VALUE ? null : new Hit(best, bestMatcher);
    }

    private boolean matches(Matcher matcher, int index, String path) {
        try {
            return matcher.matches();
        } catch (StepBudget.Exhausted e) {
            throw new MatchLimitExceededException(surlexes[index].pattern(), path.length());
        }
    }

    /** A frozen trie node: sorted child keys, their nodes, and the routes whose prefix ends here. */
    private record Trie(char[] keys, Trie[] children, int[] routes) {
        Trie child(char c) {
            char[] k = keys;
            if (k.length <= 8) {
                for (int i = 0; i < k.length; i++) {
                    if (k[i] == c) {
                        return children[i];
                    }
                }
                return null;
            }
            int i = java.util.Arrays.binarySearch(k, c);
            return i >= 0 ? children[i] : null;
        }
    }

    private static final class Builder {
        final Map<Character, Builder> children = new TreeMap<>();
        final List<Integer> routes = new ArrayList<>();

        Trie freeze() {
            char[] keys = children.isEmpty() ? NO_KEYS : new char[children.size()];
            Trie[] kids = new Trie[children.size()];
            int i = 0;
            for (Map.Entry<Character, Builder> e : children.entrySet()) {
                keys[i] = e.getKey();
                kids[i++] = e.getValue().freeze();
            }
            int[] r = routes.isEmpty() ? NO_ROUTES : routes.stream().mapToInt(Integer::intValue).toArray();
            return new Trie(keys, kids, r);
        }
    }
}

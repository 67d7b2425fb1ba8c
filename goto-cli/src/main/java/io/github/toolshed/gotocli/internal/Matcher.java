package io.github.toolshed.gotocli.internal;

import io.github.toolshed.gotocli.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the alias a query means.
 *
 * <p>In order: the exact name; the longest alias {@code A} with the query of the form
 * {@code A/sub/dir}; then, on the part before the first {@code /}, aliases that start with it,
 * then aliases that contain its characters in order (a subsequence: {@code pj} finds
 * {@code projects}). A query without capitals compares without case ("smart case"). The first
 * rule with exactly one candidate wins; a rule with several candidates makes the query
 * ambiguous; when no rule matches, aliases within a small edit distance are suggested.
 */
public final class Matcher {

    private Matcher() {}

    /** What a query resolved to. */
    public sealed interface Result permits Found, Ambiguous, NotFound {}

    /**
     * The query names one alias.
     *
     * @param target the alias
     * @param rest the part below the alias ({@code sub/dir} for {@code name/sub/dir}), or empty
     */
    public record Found(Target target, String rest) implements Result {}

    /** Several aliases fit; {@code candidates} are their names in file order. */
    public record Ambiguous(List<String> candidates) implements Result {}

    /** No alias fits; {@code suggestions} are near misses, perhaps none. */
    public record NotFound(List<String> suggestions) implements Result {}

    /**
     * Resolves a query against the aliases.
     *
     * @param query what the user typed after {@code goto}
     * @param targets the aliases in file order
     * @return the outcome
     */
    public static Result match(String query, List<Target> targets) {
        Target longest = null;
        for (Target t : targets) {
            String name = t.name();
            if (query.equals(name)) {
                return new Found(t, "");
            }
            if (query.length() > name.length()
                    && query.charAt(name.length()) == '/'
                    && query.startsWith(name)
                    && (longest == null || name.length() > longest.name().length())) {
                longest = t;
            }
        }
        if (longest != null) {
            return new Found(longest, query.substring(longest.name().length() + 1));
        }
        int slash = query.indexOf('/');
        String head = slash < 0 ? query : query.substring(0, slash);
        String rest = slash < 0 ? "" : query.substring(slash + 1);
        if (head.isEmpty()) {
            return new NotFound(List.of());
        }
        boolean ignoreCase = head.equals(head.toLowerCase(Locale.ROOT));
        String needle = ignoreCase ? head.toLowerCase(Locale.ROOT) : head;
        List<Target> prefixed = new ArrayList<>();
        List<Target> subsequences = new ArrayList<>();
        for (Target t : targets) {
            String name = ignoreCase ? t.name().toLowerCase(Locale.ROOT) : t.name();
            if (name.startsWith(needle)) {
                prefixed.add(t);
            } else if (isSubsequence(needle, name)) {
                subsequences.add(t);
            }
        }
        for (List<Target> candidates : List.of(prefixed, subsequences)) {
            if (candidates.size() == 1) {
                return new Found(candidates.getFirst(), rest);
            }
            if (candidates.size() > 1) {
                return new Ambiguous(names(candidates));
            }
        }
        List<String> near = new ArrayList<>();
        for (Target t : targets) {
            String name = ignoreCase ? t.name().toLowerCase(Locale.ROOT) : t.name();
            if (distance(needle, name) <= (needle.length() <= 3 ? 1 : 2)) {
                near.add(t.name());
            }
        }
        return new NotFound(near);
    }

    private static List<String> names(List<Target> targets) {
        List<String> out = new ArrayList<>(targets.size());
        for (Target t : targets) {
            out.add(t.name());
        }
        return out;
    }

    static boolean isSubsequence(String needle, String haystack) {
        int at = 0;
        for (int i = 0; i < needle.length(); i++) {
            at = haystack.indexOf(needle.charAt(i), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    /** Levenshtein distance of two strings, in chars. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

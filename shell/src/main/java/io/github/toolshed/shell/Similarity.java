package io.github.toolshed.shell;

/** Decides whether a mistyped word is close enough to a name to suggest it ("did you mean"). */
final class Similarity {

    private Similarity() {}

    /**
     * Tells whether two words are within a small edit distance, scaled to their length.
     *
     * @param typed what the user typed
     * @param name a known name
     * @return true if {@code name} is a plausible correction of {@code typed}
     */
    static boolean close(String typed, String name) {
        if (typed.length() > 64 || name.length() > 64) {
            return false;
        }
        int limit = Math.max(1, Math.min(typed.length(), name.length()) / 3);
        return name.startsWith(typed) || distance(typed, name) <= limit;
    }

    private static int distance(String a, String b) {
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

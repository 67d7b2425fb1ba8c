package io.github.toolshed.demo.blog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The blog's full-text search: every word must occur; title hits weigh most. */
final class Search {

    private static final int MAX_WORDS = 10;
    private static final int MAX_QUERY = 200;

    private Search() {}

    private record Hit(Post post, int score) {}

    static List<Post> run(List<Post> posts, String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        String q = query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query;
        List<String> words = Arrays.stream(q.toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(w -> !w.isEmpty()).limit(MAX_WORDS).toList();
        List<Hit> hits = new ArrayList<>();
        for (Post p : posts) {
            String title = p.title().toLowerCase(Locale.ROOT);
            String summary = p.summary().toLowerCase(Locale.ROOT);
            String body = p.text().toLowerCase(Locale.ROOT);
            int score = 0;
            boolean all = true;
            for (String w : words) {
                int s = (title.contains(w) ? 10 : 0) + (p.tags().contains(w) ? 5 : 0)
                        + (summary.contains(w) ? 3 : 0) + (body.contains(w) ? 1 : 0);
                if (s == 0) {
                    all = false;
                    break;
                }
                score += s;
            }
            if (all) {
                hits.add(new Hit(p, score));
            }
        }
        return hits.stream().sorted(Comparator.comparingInt(Hit::score).reversed()).map(Hit::post).toList();
    }
}

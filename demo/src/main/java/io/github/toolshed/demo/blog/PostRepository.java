package io.github.toolshed.demo.blog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The blog's posts: every Markdown file at a location (by default the docs copied into the jar
 * under {@code posts/}) that starts with front matter. Files without a {@code ---} block are not
 * posts and are skipped; a file with an invalid block stops the start-up, naming the file.
 * Markdown is rendered once; links to other pages ({@code surlex.md}) point at their posts.
 * Immutable and thread-safe.
 */
public final class PostRepository {

    private static final Logger log = LoggerFactory.getLogger(PostRepository.class);

    private final List<Post> posts;
    private final Map<String, Post> bySlug = new HashMap<>();

    private PostRepository(List<Post> posts) {
        this.posts = posts.stream().sorted(Comparator.comparing(Post::date).reversed().thenComparing(Post::slug)).toList();
        for (Post p : this.posts) {
            if (bySlug.put(p.slug(), p) != null) {
                throw new InvalidPostException("two posts have the slug '" + p.slug() + "'");
            }
        }
    }

    /**
     * Loads the posts from a Spring resource pattern such as {@code classpath*:posts/*.md} or
     * {@code file:../docs/*.md}.
     *
     * @param locationPattern the pattern
     * @return the repository
     * @throws InvalidPostException if a file's front matter is invalid or two slugs collide
     */
    public static PostRepository load(String locationPattern) {
        Map<String, String> sources = new TreeMap<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources(locationPattern)) {
                if (r.isReadable() && r.getFilename() != null) {
                    sources.putIfAbsent(r.getFilename(), r.getContentAsString(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(sources);
    }

    /**
     * Builds the posts from file contents by file name.
     *
     * @param sources file name to text
     * @return the repository
     * @throws InvalidPostException if a file's front matter is invalid or two slugs collide
     */
    public static PostRepository of(Map<String, String> sources) {
        Map<String, FrontMatter> matters = new TreeMap<>();
        sources.forEach((name, text) -> {
            if (!text.replace("\r\n", "\n").stripLeading().startsWith("---\n")) {
                log.debug("{} has no front matter: not a post", name);
                return;
            }
            try {
                matters.put(name, FrontMatter.parse(text.stripLeading()));
            } catch (InvalidPostException e) {
                throw new InvalidPostException(name + ": " + e.getMessage());
            }
        });
        Map<String, String> links = new HashMap<>();
        matters.forEach((name, fm) -> links.put(name, path(fm.date(), fm.slug())));
        List<Extension> extensions = List.of(TablesExtension.create());
        Parser parser = Parser.builder().extensions(extensions).build();
        HtmlRenderer html = HtmlRenderer.builder().extensions(extensions)
                .attributeProviderFactory(c -> new DocLinks(links)).build();
        TextContentRenderer text = TextContentRenderer.builder().extensions(extensions).build();
        List<Post> posts = new ArrayList<>();
        matters.forEach((name, fm) -> {
            Node doc = parser.parse(fm.body());
            if (doc.getFirstChild() instanceof Heading h && h.getLevel() == 1) {
                h.unlink();   // the page shows the title itself
            }
            posts.add(new Post(fm.title(), fm.date(), fm.slug(), fm.tags(), fm.summary(), html.render(doc),
                    text.render(doc), name));
        });
        log.info("{} posts loaded", posts.size());
        return new PostRepository(posts);
    }

    /**
     * The path of a post, as the route {@code blog_post_detail} writes it.
     *
     * @param date the post's date
     * @param slug the post's slug
     * @return e.g. {@code /blog/2026/nov/28/surlex/}
     */
    public static String path(LocalDate date, String slug) {
        return "/blog/" + date.getYear() + "/" + Post.monthSlug(date.getMonthValue()) + "/" + date.getDayOfMonth()
                + "/" + slug + "/";
    }

    /**
     * All posts, newest first.
     *
     * @return the posts
     */
    public List<Post> all() {
        return posts;
    }

    /**
     * The post of a day with a slug.
     *
     * @param date the day
     * @param slug the slug
     * @return the post, if one has that date and slug
     */
    public Optional<Post> find(LocalDate date, String slug) {
        return Optional.ofNullable(bySlug.get(slug)).filter(p -> p.date().equals(date));
    }

    /**
     * Posts of a year, or of a month of a year.
     *
     * @param year the year
     * @param month 1 to 12, or 0 for the whole year
     * @return the posts, newest first
     */
    public List<Post> archive(int year, int month) {
        return posts.stream()
                .filter(p -> p.year() == year && (month == 0 || p.date().getMonthValue() == month))
                .toList();
    }

    /**
     * Posts with a tag.
     *
     * @param tag the tag (case-insensitive)
     * @return the posts, newest first
     */
    public List<Post> tagged(String tag) {
        String t = tag.toLowerCase(Locale.ROOT);
        return posts.stream().filter(p -> p.tags().contains(t)).toList();
    }

    /**
     * Every tag with its number of posts, by name.
     *
     * @return the tag cloud
     */
    public List<TagCount> tags() {
        Map<String, Integer> counts = new TreeMap<>();
        posts.forEach(p -> p.tags().forEach(t -> counts.merge(t, 1, Integer::sum)));
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        return counts.entrySet().stream()
                .map(e -> new TagCount(e.getKey(), e.getValue(),
                        1 + (int) Math.round(3.0 * (e.getValue() - 1) / Math.max(1, max - 1))))
                .toList();
    }

    /**
     * Posts matching every word of a query, best first: a word in the title counts most, then
     * tags, the summary and the body.
     *
     * @param query the query; blank finds nothing; only the first 10 words are used
     * @return the matching posts
     */
    public List<Post> search(String query) {
        return Search.run(posts, query);
    }
}

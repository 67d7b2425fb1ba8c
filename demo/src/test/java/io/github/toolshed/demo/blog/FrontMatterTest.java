package io.github.toolshed.demo.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Front matter parsing, and the docs that are posts. */
class FrontMatterTest {

    /** The docs pages the blog serves; each must carry valid front matter. */
    private static final List<String> POSTS = List.of("surlex.md", "surlex-spring.md", "templates.md",
            "template-conformance.md", "chat.md", "chat-protocol.md", "goto.md", "ssh-tunnels.md", "caching.md", "demo.md");

    private static Path docs() {
        Path dir = Path.of("..", "docs");
        assertThat(dir).as("the repository's docs directory").isDirectory();
        return dir;
    }

    @Test
    void everyServedDocsPage_hasValidFrontMatter_andUniqueSlugs() throws IOException {
        Set<String> slugs = new HashSet<>();
        for (String name : POSTS) {
            String text = Files.readString(docs().resolve(name), StandardCharsets.UTF_8);
            FrontMatter fm = FrontMatter.parse(text);
            assertThat(fm.title()).as(name).isNotBlank();
            assertThat(fm.summary()).as(name).isNotBlank();
            assertThat(fm.tags()).as(name).isNotEmpty();
            assertThat(fm.date()).as(name).isBeforeOrEqualTo(LocalDate.of(2100, 1, 1));
            assertThat(fm.body()).as(name + " keeps its body").startsWith("# ");
            assertThat(slugs.add(fm.slug())).as("slug of " + name + " is unique").isTrue();
        }
    }

    @Test
    void everyDocsPageWithFrontMatter_parses() throws IOException {
        try (Stream<Path> files = Files.list(docs())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                if (text.startsWith("---")) {
                    assertThat(FrontMatter.parse(text).slug()).as(f.toString()).matches("[\\w-]+");
                }
            }
        }
    }

    @Test
    void parsesQuotedValuesAndTagLists() {
        FrontMatter fm = FrontMatter.parse("""
                ---
                title: "A: title"
                date: 2009-09-06
                slug: hello-world
                tags: [Java, 'django', java]
                summary: 'Short.'
                ---
                # Body
                """);
        assertThat(fm.title()).isEqualTo("A: title");
        assertThat(fm.date()).isEqualTo(LocalDate.of(2009, 9, 6));
        assertThat(fm.tags()).containsExactly("java", "django");
        assertThat(fm.summary()).isEqualTo("Short.");
        assertThat(fm.body()).isEqualTo("# Body\n");
    }

    @Test
    void rejectsMissingOrInvalidFields() {
        String ok = "title: t\ndate: 2020-01-02\nslug: s\nsummary: x\n";
        assertThatThrownBy(() -> FrontMatter.parse("# no block")).hasMessageContaining("no front matter");
        assertThatThrownBy(() -> FrontMatter.parse("---\n" + ok + "body")).hasMessageContaining("not closed");
        assertThatThrownBy(() -> FrontMatter.parse("---\n" + ok.replace("slug: s", "slug: ../../etc") + "---\n"))
                .hasMessageContaining("slug");
        assertThatThrownBy(() -> FrontMatter.parse("---\n" + ok.replace("2020-01-02", "2020-02-30") + "---\n"))
                .hasMessageContaining("date");
        assertThatThrownBy(() -> FrontMatter.parse("---\n" + ok.replace("title: t\n", "") + "---\n"))
                .hasMessageContaining("title");
        assertThatThrownBy(() -> FrontMatter.parse("---\n" + ok + "tags: [a b]\n---\n")).hasMessageContaining("tag");
        assertThatThrownBy(() -> FrontMatter.parse("---\n" + ok + "slug: again\n---\n")).hasMessageContaining("twice");
    }

    @Test
    void repository_skipsPagesWithoutFrontMatter_andRejectsDuplicateSlugs() {
        String post = "---\ntitle: T\ndate: 2020-01-02\nslug: same\ntags: a\nsummary: S\n---\n# T\n\nSee [b](b.md#x).\n";
        PostRepository repo = PostRepository.of(Map.of("a.md", post, "index.md", "# Index\n"));
        assertThat(repo.all()).extracting(Post::slug).containsExactly("same");
        assertThat(repo.all().getFirst().html()).doesNotContain("<h1>").contains("href=\"b.md#x\"");
        assertThatThrownBy(() -> PostRepository.of(Map.of("a.md", post, "b.md", post)))
                .isInstanceOf(InvalidPostException.class).hasMessageContaining("same");
        PostRepository linked = PostRepository.of(Map.of("a.md", post,
                "b.md", post.replace("slug: same", "slug: other").replace("2020-01-02", "2021-03-04")));
        assertThat(linked.find(LocalDate.of(2020, 1, 2), "same").orElseThrow().html())
                .contains("href=\"/blog/2021/mar/4/other/#x\"");
    }

    @Test
    void search_needsEveryWord_andRanksTitlesFirst() {
        String a = "---\ntitle: Routing\ndate: 2020-01-02\nslug: a\ntags: x\nsummary: S\n---\nabout caches and routing\n";
        String b = "---\ntitle: Caches\ndate: 2020-01-03\nslug: b\ntags: x\nsummary: S\n---\nrouting is elsewhere\n";
        PostRepository repo = PostRepository.of(Map.of("a.md", a, "b.md", b));
        assertThat(repo.search("caches")).extracting(Post::slug).containsExactly("b", "a");
        assertThat(repo.search("caches nowhere")).isEmpty();
        assertThat(repo.search("   ")).isEmpty();
        assertThat(repo.search("x".repeat(100_000))).isEmpty();
    }
}

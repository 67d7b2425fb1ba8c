package io.github.toolshed.demo.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.toolshed.cache.nginx.NginxConfig;
import io.github.toolshed.demo.blog.FrontMatter;
import io.github.toolshed.template.Engine;
import io.github.toolshed.template.repl.ReplContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Every code example in {@code docs/*.md} and the README is checked, so the docs cannot rot. By
 * the fence's language (and an optional marker comment on the line above the fence):
 * <ul>
 *   <li>{@code <!-- generated: name -->}: the block must equal the output of a generator listed
 *       in {@link #GENERATED} (the nginx config of the demo, ...);</li>
 *   <li>{@code <!-- snippet: path/to/SomeTest.java#region -->}: the block must equal the region
 *       between {@code snippet:start region} and {@code snippet:end region} in that test source,
 *       which its module compiles and runs;</li>
 *   <li>{@code java}: compiled against every Toolshed module ({@link JavaSnippets});</li>
 *   <li>{@code properties}: parsed, and every key must be a known configuration property
 *       ({@link ConfigurationKeys});</li>
 *   <li>{@code xml}: parsed, and every Toolshed artifact must be a module of the build;</li>
 *   <li>{@code django}: compiled by the template engine (with every discovered library);</li>
 *   <li>{@code yaml}: a post's front matter, parsed as the blog parses it;</li>
 *   <li>{@code json}: parsed by a strict JSON reader, as one value or as JSON lines;</li>
 *   <li>{@code js}: only checked for balanced brackets and closed strings (no JavaScript engine
 *       on the classpath);</li>
 *   <li>{@code sh} and {@code console} ({@code $ } prompts, output lines between): every command
 *       is checked ({@link Commands}): modules, profiles, scripts and classes it names exist,
 *       demo URLs are routes of the demo, and {@code surlex} examples are run through surlex-core
 *       and must print the output shown;</li>
 *   <li>{@code text}: output, diagrams and data formats, not code.</li>
 * </ul>
 * Any other block fails the test, listed with its file and line.
 */
class DocsSnippetsTest {

    /** The repository root, seen from the demo module. */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /**
     * Outputs the docs show verbatim, by name: {@code <!-- generated: NAME -->} above a block
     * makes it equal to what the generator prints today.
     */
    static final Map<String, String> GENERATED = Map.of(
            // docs/demo.md, "nginx in front": nginx on 8000, memcached on 11211, the demo on 8080
            "nginx-demo", NginxConfig.memcached("127.0.0.1:8000", "127.0.0.1:11211", "toolshed:", "127.0.0.1:8080",
                    List.of("JSESSIONID", "SESSION", "remember-me")));

    @TempDir
    Path work;

    static List<String> pages() throws IOException {
        List<String> pages = new ArrayList<>();
        pages.add("README.md");
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted()
                    .forEach(p -> pages.add("docs/" + p.getFileName()));
        }
        return pages;
    }

    static List<DocBlock> blocks() throws IOException {
        List<DocBlock> blocks = new ArrayList<>();
        for (String page : pages()) {
            blocks.addAll(DocBlock.read(ROOT, page));
        }
        return blocks;
    }

    @Test
    void everyCodeBlockOfTheDocs_isVerified() throws Exception {
        List<DocBlock> blocks = blocks();
        List<String> failures = new ArrayList<>();
        List<DocBlock> java = new ArrayList<>();
        ConfigurationKeys keys = ConfigurationKeys.load();
        Commands commands = new Commands(ROOT);
        Engine engine = Engine.builder().discoverLibraries().build();
        for (DocBlock block : blocks) {
            String snippet = JavaSnippets.markerValue(block, "snippet");
            if (!snippet.isEmpty()) {
                Regions.check(ROOT, snippet, block.text()).ifPresent(f -> failures.add(block.where() + ": " + f));
                continue;
            }
            String generated = JavaSnippets.markerValue(block, "generated");
            if (!generated.isEmpty()) {
                String expected = GENERATED.get(generated);
                if (expected == null) {
                    failures.add(block.where() + ": no generator '" + generated + "' (known: " + GENERATED.keySet() + ")");
                } else if (!expected.strip().equals(block.text().strip())) {
                    failures.add(block.where() + ": differs from what '" + generated + "' generates:\n" + expected);
                }
                continue;
            }
            switch (block.language()) {
                case "java" -> java.add(block);
                case "properties" -> keys.check(block).forEach(f -> failures.add(block.where() + ": " + f));
                case "xml" -> checkXml(block).forEach(f -> failures.add(block.where() + ": " + f));
                case "django" -> {
                    try {
                        engine.fromString(block.text());
                    } catch (RuntimeException e) {
                        failures.add(block.where() + ": template does not compile: " + e.getMessage());
                    }
                }
                case "sh", "console" -> commands.check(block).forEach(f -> failures.add(f));
                case "yaml" -> {
                    try {
                        FrontMatter.parse(block.text() + "\n");
                    } catch (RuntimeException e) {
                        failures.add(block.where() + ": not valid front matter of a post: " + e.getMessage());
                    }
                }
                case "json" -> {
                    try {
                        ReplContext.fromJson("{\"v\": " + block.text() + "}");
                    } catch (RuntimeException whole) {
                        for (String line : block.lines()) {
                            try {
                                if (!line.isBlank()) {
                                    ReplContext.fromJson("{\"v\": " + line + "}");
                                }
                            } catch (RuntimeException e) {
                                failures.add(block.where() + ": neither JSON nor JSON lines: " + e.getMessage());
                                break;
                            }
                        }
                    }
                }
                case "js" -> Brackets.check(block.text())
                        .ifPresent(f -> failures.add(block.where() + ": " + f));
                case "text" -> { }
                default -> failures.add(block.where() + ": unverified block (language '" + block.language()
                        + "'): use java, properties, xml, django, sh, console, text or a snippet marker");
            }
        }
        JavaSnippets.compile(java, work).forEach((block, f) -> failures.add(block.where() + ": " + f));

        assertThat(failures).as("code blocks of the docs that are not verified or wrong:\n  "
                + String.join("\n  ", failures) + "\n").isEmpty();
        assertThat(blocks).as("blocks found").hasSizeGreaterThan(40);
        assertThat(java).as("java blocks compiled").hasSizeGreaterThan(20);
    }

    @Test
    void theCheckerCatchesRot() throws Exception {
        DocBlock renamed = new DocBlock("docs/x.md", 3, "java", "", List.of("Surlex.compileIt(\"/a/\");"));
        DocBlock fine = new DocBlock("docs/x.md", 9, "java", "", List.of("Surlex.compile(\"/a/\").regex();"));
        DocBlock given = new DocBlock("docs/x.md", 12, "java", "given: PageCache cache",
                List.of("cache.purgeTag(\"post:42\");"));
        Map<DocBlock, String> failures = JavaSnippets.compile(List.of(renamed, fine, given), work);
        assertThat(failures).containsOnlyKeys(renamed);
        assertThat(failures.get(renamed)).contains("compileIt");

        DocBlock property = new DocBlock("docs/x.md", 5, "properties", "", List.of("toolshed.cache.page.patterns=/a",
                "toolshed.cache.page.patternz=/b"));
        assertThat(ConfigurationKeys.load().check(property)).singleElement().asString().contains("patternz");
        // descriptions with braces ("{% cache %}") must not hide their property
        assertThat(ConfigurationKeys.load().known("toolshed.cache.fragment.store")).isTrue();
        assertThat(Brackets.check("f(a, [b]);")).isEmpty();
        assertThat(Brackets.check("f(a, [b);")).isPresent();
        assertThat(Brackets.check("f('a);")).isPresent();

        DocBlock shell = new DocBlock("docs/x.md", 7, "console", "", List.of(
                "$ shell/target/toolshed-shell surlex to-regex '/blog/<year:Y>/'", "/blog/(?<year>\\d{3})/",
                "$ mvn -q -pl no-such-module -am verify", "$ rm -rf /"));
        assertThat(new Commands(ROOT).check(shell)).hasSize(3);

        assertThat(Regions.check(ROOT, "demo/src/test/java/io/github/toolshed/demo/docs/DocsSnippetsTest.java#none",
                "x")).isPresent();
    }

    @Test
    void indexAndReadme_listEveryPageAndPicture() throws Exception {
        String index = read("docs/index.md");
        String readme = read("README.md");
        List<String> missing = new ArrayList<>();
        for (String page : pages()) {
            String name = page.substring(page.lastIndexOf('/') + 1);
            if (page.startsWith("docs/") && !name.equals("index.md")) {
                if (!index.contains("(" + name + ")")) {
                    missing.add("docs/index.md does not link " + name);
                }
                if (!readme.contains("(docs/" + name + ")")) {
                    missing.add("README.md does not link docs/" + name);
                }
            }
        }
        for (String dir : List.of("images", "benchmarks")) {
            Path pictures = ROOT.resolve("docs").resolve(dir);
            if (!Files.isDirectory(pictures)) {
                continue;
            }
            try (Stream<Path> files = Files.list(pictures)) {
                for (Path picture : files.filter(p -> p.toString().matches(".*\\.(png|svg)")).sorted().toList()) {
                    String link = dir + "/" + picture.getFileName();
                    if (!index.contains("(" + link + ")")) {
                        missing.add("docs/index.md does not show or link " + link);
                    }
                    if (!link.contains("/bench-") && !readme.contains("(docs/" + link + ")")) {
                        missing.add("README.md does not show or link docs/" + link);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static List<String> checkXml(DocBlock block) {
        List<String> failures = new ArrayList<>();
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder()
                    .parse(new InputSource(new java.io.StringReader("<root>" + block.text() + "</root>")));
            NodeList dependencies = doc.getElementsByTagName("dependency");
            List<String> modules = Commands.artifactIds(ROOT);
            for (int i = 0; i < dependencies.getLength(); i++) {
                Element dependency = (Element) dependencies.item(i);
                String group = text(dependency, "groupId");
                String artifact = text(dependency, "artifactId");
                if ("io.github.toolshed".equals(group) && !modules.contains(artifact)) {
                    failures.add("no module has artifactId " + artifact);
                }
            }
        } catch (Exception e) {
            failures.add("not well-formed XML: " + e.getMessage());
        }
        return failures;
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }

    /** Reads a file of the repository. */
    static String read(String relative) throws IOException {
        return Files.readString(ROOT.resolve(relative), StandardCharsets.UTF_8);
    }

    /** Parses a properties block. */
    static Properties properties(String text) throws IOException {
        Properties properties = new Properties();
        properties.load(new java.io.StringReader(text));
        return properties;
    }
}

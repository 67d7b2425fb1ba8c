package io.github.toolshed.template.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.junit.jupiter.api.Test;

/** Tab completion from the session's live state, without a terminal. */
class CompleterTest {

    /** A record value: its components complete after a dot. */
    public record Author(String name, String email) {
        /** @return a derived value */
        public String getInitials() {
            return name.substring(0, 1);
        }
    }

    private final ReplSession session = new ReplSession(Repls.engine(), values());
    private final TemplateCompleter completer = new TemplateCompleter(session);

    private static Map<String, Object> values() {
        Map<String, Object> post = new LinkedHashMap<>();
        post.put("title", "Hi");
        post.put("tags", List.of("a", "b"));
        post.put("author", new Author("Ann", "ann@example.com"));
        return Map.of("post", post, "posts", List.of(post), "user", "u", "thread", Thread.currentThread());
    }

    @Test
    void variablesAfterBracesAndInTagArguments() {
        assertThat(completer.candidates("{{ po")).containsExactly("post", "posts");
        assertThat(completer.candidates("Hello {{ ")).containsExactly("post", "posts", "thread", "user");
        assertThat(completer.candidates("{% for p in po")).containsExactly("post", "posts");
        assertThat(completer.candidates("{% if u")).containsExactly("user");
        assertThat(completer.candidates("{{ x }} po")).isEmpty();
    }

    @Test
    void nestedKeysFromTheActualValues() {
        assertThat(completer.candidates("{{ post.")).containsExactly("author", "tags", "title");
        assertThat(completer.candidates("{{ post.t")).containsExactly("tags", "title");
        assertThat(completer.candidates("{{ post.author.")).contains("email", "initials", "name")
                .doesNotContain("getClass", "hashCode", "class");
        assertThat(completer.candidates("{{ posts.")).containsExactly("0");
        assertThat(completer.candidates("{{ posts.0.author.na")).containsExactly("name");
        assertThat(completer.candidates("{{ thread.")).as("denied by the access policy").isEmpty();
        assertThat(completer.candidates("{{ nothing.")).isEmpty();
    }

    @Test
    void tagsAfterPercent() {
        assertThat(completer.candidates("{% fo")).containsExactly("for");
        assertThat(completer.candidates("{%  wi")).containsExactly("widthratio", "with");
        assertThat(completer.candidates("{% e")).containsExactly("extends");
        assertThat(completer.candidates("{% for x in xs %}{% if x %}{{ x }}\n{% e"))
                .containsExactly("elif", "else", "endif", "extends");
        assertThat(completer.candidates("{% for x in xs %}{% if x %}{% endif %}{% e"))
                .containsExactly("empty", "endfor", "extends");
        session.eval("{% import voice from com.example.voice as v %}");
        assertThat(completer.candidates("{% v.")).containsExactly("v.hello");
    }

    @Test
    void filtersAfterPipe() {
        assertThat(completer.candidates("{{ post.title|up")).containsExactly("upper");
        assertThat(completer.candidates("{{ post.title | lower|tru")).contains("truncatechars", "truncatewords");
        assertThat(completer.candidates("{% if x|len")).containsExactly("length", "length_is");
        assertThat(completer.candidates("{{ x|sh")).isEmpty();
        session.eval("{% load voice from com.example.voice %}");
        assertThat(completer.candidates("{{ x|sh")).containsExactly("shout");
    }

    @Test
    void libraryNamesAfterLoadIncludingNamespacedOnes() {
        assertThat(completer.candidates("{% load ")).containsExactly("bad", "bad from application", "repl", "repl from toolshed.template.repl", "voice",
                "voice from com.example.voice", "voice from org.other.voice");
        assertThat(completer.candidates("{% load vo")).containsExactly("voice", "voice from com.example.voice",
                "voice from org.other.voice");
        assertThat(completer.candidates("{% load voice from ")).containsExactly("com.example.voice", "org.other.voice");
        assertThat(completer.candidates("{% import voice from org")).containsExactly("org.other.voice");
    }

    @Test
    void commands() {
        assertThat(completer.candidates(":in")).containsExactly(":inspect");
        assertThat(completer.candidates(":inspect post.ti")).containsExactly("title");
        assertThat(completer.candidates(":load re")).containsExactly("repl", "repl from toolshed.template.repl");
    }

    @Test
    void throughJLineTheWordIsTheSegmentBeingCompleted() {
        Parser parser = new ReplLineParser(session);
        String buffer = "{% for t in post.ta %}";
        int cursor = buffer.indexOf(" %}");
        ParsedLine line = parser.parse(buffer, cursor, Parser.ParseContext.COMPLETE);
        assertThat(line.word()).isEqualTo("ta");
        assertThat(line.wordCursor()).isEqualTo(2);
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(null, line, candidates);
        assertThat(candidates).extracting(Candidate::value).containsExactly("tags");
        ParsedLine filter = parser.parse("{{ x|upp", 8, Parser.ParseContext.COMPLETE);
        assertThat(filter.word()).isEqualTo("upp");
    }
}

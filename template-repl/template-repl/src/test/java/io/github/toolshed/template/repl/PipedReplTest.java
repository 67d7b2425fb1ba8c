package io.github.toolshed.template.repl;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.toolshed.template.Engine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The REPL on a dumb terminal with piped input: results only, one persistent session. */
class PipedReplTest {

    private final Engine engine = Repls.engine();

    private String run(String input) {
        return Repls.piped(engine, Map.of("name", "Ann", "xs", List.of(1, 2), "html", "<b>"), input);
    }

    @Test
    void aSingleLineRendersAndPrintsOnlyTheResult() {
        assertThat(run("{{ 1|add:2 }}\n")).isEqualTo("3\n");
    }

    @Test
    void variablesComeFromTheContextAndAreEscaped() {
        assertThat(run("Hello {{ name }}\n{{ html }}\n{{ missing }}\n")).isEqualTo("Hello Ann\n&lt;b&gt;\n");
    }

    @Test
    void valuesSetInOneInputStayForTheNext() {
        assertThat(run("{% firstof name as who %}\n{{ who|upper }}\n:set n {\"k\": [1, 2.5]}\n{{ n.k.1 }}\n"))
                .isEqualTo("ANN\n2.5\n");
    }

    @Test
    void aMultiLineForBlockWaitsForItsEndTag() {
        assertThat(run("{% for x in xs %}{{ x }}\n,{% endfor %}\ndone\n")).isEqualTo("1\n,2\n,\ndone\n");
        assertThat(run("{% if name %}\n{% for x in xs %}\n[{{ x }}]{% endfor %}{% else %}no\n{% endif %}\n"))
                .isEqualTo("\n\n[1]\n[2]\n");
    }

    @Test
    void loadedLibrariesPersist() {
        assertThat(run("{% load voice from com.example.voice %}\n{{ name|shout }}\n{% hello name %}\n"))
                .isEqualTo("Ann!\nHello, Ann!\n");
        assertThat(run(":load voice from org.other.voice\n{{ name|whisper }}\n")).isEqualTo("(Ann)\n");
        assertThat(run("{% import voice from com.example.voice as v %}\n{{ name|v.shout }}\n")).isEqualTo("Ann!\n");
    }

    @Test
    void errorsPrintTheCaretViewAndTheSessionGoesOn() {
        String out = run("{{ name|nofilter }}\nafter {{ name }}\n");
        assertThat(out).startsWith("error: Invalid filter: 'nofilter'\n<string>:1:1\n{{ name|nofilter }}\n^");
        assertThat(out).endsWith("after Ann\n");
    }

    @Test
    void aFailedLoadLoadsNothing() {
        String out = run("{% load voice from com.example.voice %}{% bogus %}\n{{ name|shout }}\n");
        assertThat(out).contains("Invalid block tag on line 1: 'bogus'").contains("Invalid filter: 'shout'");
    }

    @Test
    void aFailingLibraryTagDoesNotEndTheSession() {
        assertThat(run("{% load bad %}{% boom %}\n{{ 1 }}\n"))
                .isEqualTo("error: IllegalStateException: boom at compile time\n1\n");
    }

    @Test
    void exitLeavesAndTheRestIsNotRead() {
        assertThat(run("{{ 1 }}\nexit\n{{ 2 }}\n")).isEqualTo("1\n");
        assertThat(run("{{ 1 }}\n:exit\n{{ 2 }}\n")).isEqualTo("1\n");
    }

    @Test
    void theStatusTellsScriptsWhetherAnInputFailed() {
        assertThat(Repls.run(engine, Map.of(), "{{ 1 }}\n:vars\n").status()).isZero();
        assertThat(Repls.run(engine, Map.of(), "{{ x|nofilter }}\n{{ 1 }}\n").status()).isEqualTo(1);
        assertThat(Repls.run(engine, Map.of(), ":nope\nexit\n").status()).isEqualTo(1);
        assertThat(Repls.run(engine, Map.of(), "{% if x %}\n").status()).as("unclosed at the end").isEqualTo(1);
    }

    @Test
    void theEndOfInputLeaves() {
        assertThat(run("{{ 1 }}")).isEqualTo("1\n");
        assertThat(run("")).isEmpty();
    }

    @Test
    void anEndTagAloneIsAnErrorNotAContinuation() {
        assertThat(run("{% endfor %}\n{{ 1 }}\n"))
                .startsWith("error: Invalid block tag on line 1: 'endfor'. Did you forget to register or load this tag?")
                .endsWith("1\n");
    }

    @Test
    void anUnclosedCommentAtTheEndOfInputIsReported() {
        assertThat(run("{% comment %}\nnever closed\n"))
                .startsWith("error: Unclosed tag on line 1: 'comment'. Looking for one of: endcomment.");
        assertThat(run("{# not a comment tag\n{{ 1 }}\n")).isEqualTo("{# not a comment tag\n1\n");
    }

    @Test
    void hugeInputRenders() {
        String line = "{{ name }}".repeat(20_000);
        assertThat(run(line + "\n")).isEqualTo("Ann".repeat(20_000) + "\n");
        String deep = "{% if name %}".repeat(300) + "\n";
        assertThat(run(deep)).contains("error: ").contains("nested more than 256 levels");
    }

    @Test
    void setRejectsBadJsonWithItsPosition() {
        assertThat(run(":set n {\"a\": 1} trailing\n{{ n }}\n"))
                .isEqualTo("error: line 1, column 10: expected the end of the JSON text, found 't'\n");
        assertThat(run(":set n\n")).startsWith("error: usage: :set NAME JSON");
        assertThat(run(":set 1x 2\n")).isEqualTo("error: '1x' is not a variable name\n");
    }

    @Test
    void commandsDescribeTheSession() {
        assertThat(run(":help\n")).contains(":inspect NAME").contains(":set NAME JSON").contains(":reset");
        assertThat(run(":vars\n")).isEqualTo("html = '<b>'\nname = 'Ann'\nxs = [1, 2]\n");
        assertThat(run(":tags\n")).contains("for").doesNotContain("endfor").doesNotContain("hello");
        assertThat(run(":load voice from com.example.voice\n:tags\n")).contains("hello");
        assertThat(run(":filters\n")).contains("upper").doesNotContain("shout");
        assertThat(run(":tree\n{% for x in xs %}{{ x }}{% endfor %}\n:tree\n"))
                .isEqualTo("no input yet\n12\ntag {% for x in xs %}  (line 1)\n  variable {{ x }}  (line 1)\n");
        assertThat(run(":time\n{{ 1 }}\n:time\n")).matches("no input yet\n1\nparse \\d+\\.\\d{3} ms, render \\d+\\.\\d{3} ms\n");
        assertThat(run(":nope\n")).isEqualTo("error: unknown command ':nope' (try :help)\n");
    }

    @Test
    void resetForgetsLoadsAndValues() {
        String out = run(":load voice from com.example.voice\n:set name \"Bob\"\n{{ name|shout }}\n:reset\n{{ name }}\n{{ name|shout }}\n");
        assertThat(out).startsWith("Bob!\nAnn\nerror: Invalid filter: 'shout'");
    }

    @Test
    void inspectShowsTypesAndMembers() {
        assertThat(run(":set post {\"title\": \"Hi\", \"tags\": [\"a\"]}\n:inspect post\n")).isEqualTo("""
                post: dict (java.util.LinkedHashMap), 2 keys
                  title: str (java.lang.String) = 'Hi'
                  tags: list (java.util.ArrayList) = ['a']
                """);
        assertThat(run(":inspect xs.1\n")).isEqualTo("xs.1: int (java.lang.Integer) = 2\n");
        assertThat(run(":inspect nothing\n")).startsWith("error: 'nothing' does not resolve");
        assertThat(run(":inspect a b\n")).startsWith("error: usage: :inspect NAME");
    }

    @Test
    void jsonValuesAreDataNotTemplates() {
        assertThat(run(":set x \"{{ name }}{% load bad %}<i>\"\n{{ x }}\n")).isEqualTo("{{ name }}{% load bad %}&lt;i&gt;\n");
    }

    @Test
    void loadRefusesTemplateInjection() {
        assertThat(run(":load voice %}{{ name }}{% load voice\n")).startsWith("error: usage: :load");
    }
}

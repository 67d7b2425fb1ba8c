package io.github.toolshed.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.toolshed.template.spi.FilterSpec;
import io.github.toolshed.template.spi.Library;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code {% load %}} and {@code {% import %}} with test libraries lib1..lib3 from several owners. */
class NamespaceLoadTest {

    /** A library whose tags print "name:tag" so the test can see which owner answered. */
    static Library lib(String name, String owner, String... tags) {
        Library.Builder b = Library.builder(name).owner(owner);
        for (String tag : tags) {
            String label = owner + ":" + tag;
            b.simpleTag(tag, call -> label);
        }
        b.filter(FilterSpec.of("mark", FilterSpec.Arity.NONE, (v, a, c) -> owner + "(" + v + ")"));
        return b.build();
    }

    private final Engine engine = Engine.builder()
            .library(lib("lib1", "app1", "tag1", "tag2"))
            .library(lib("lib2", "app2", "tag1", "tag3"))
            .library(lib("lib1", "app2", "tag1", "tag2"))
            .library(lib("lib3", "app3.sub_app1", "tag1"))
            .library(lib("lib3", "app4.sub_app2", "tag1"))
            .templates(Map.of("inc.html", "{% tag1 %}", "base.html", "{% block b %}{% endblock %}"))
            .build();

    private String render(String source) {
        return engine.fromString(source).render(Map.of("v", "x"));
    }

    private void fails(String source, String message) {
        assertThatThrownBy(() -> engine.fromString(source))
                .isInstanceOf(TemplateSyntaxError.class)
                .hasMessageContaining(message);
    }

    @Test
    void plainLoadIsGlobalAndTheLaterRegisteredOwnerWins() {
        assertThat(render("{% load lib1 %}{% tag1 %} {% tag2 %}")).isEqualTo("app2:tag1 app2:tag2");
    }

    @Test
    void severalLibrariesLaterOnesWinOnClashes() {
        assertThat(render("{% load lib1 lib2 %}{% tag1 %} {% tag2 %} {% tag3 %}")).isEqualTo("app2:tag1 app2:tag2 app2:tag3");
        assertThat(render("{% load lib2, lib1 from app1 %}{% tag1 %} {% tag3 %}")).isEqualTo("app1:tag1 app2:tag3");
    }

    @Test
    void intoPutsALibraryIntoANamespace() {
        assertThat(render("{% load lib1 into ns %}{% ns.tag1 %} {{ v|ns.mark }}")).isEqualTo("app2:tag1 app2(x)");
        fails("{% load lib1 into ns %}{% tag1 %}", "Invalid block tag on line 1: 'tag1'");
        fails("{% load lib1 into ns %}{{ v|mark }}", "Invalid filter: 'mark'");
    }

    @Test
    void singleTagsCanBeRenamed() {
        assertThat(render("{% load lib1.tag1 as my_tag %}{% my_tag %}")).isEqualTo("app2:tag1");
        assertThat(render("{% load lib1.tag2 %}{% tag2 %}")).isEqualTo("app2:tag2");
        fails("{% load lib1.tag1 as my_tag %}{% tag1 %}", "'tag1'");
        fails("{% load lib1.tag2 as t %}{% tag1 %}", "'tag1'");
    }

    @Test
    void fromPicksTheOwner() {
        assertThat(render("{% load lib1 from app1 %}{% tag1 %}")).isEqualTo("app1:tag1");
        assertThat(render("{% load lib1 from app1 into app1 %}{% load lib1 from app2 into app2 %}{% app1.tag1 %} {% app2.tag1 %}"))
                .isEqualTo("app1:tag1 app2:tag1");
        assertThat(render("{% load lib1 from app1 into lib1, lib2 from app2 into lib2 %}{% lib1.tag1 %} {% lib2.tag3 %}"))
                .isEqualTo("app1:tag1 app2:tag3");
        assertThat(render("{% load lib1.tag2 from app1 into tags as mytag1 %}{% tags.mytag1 %}")).isEqualTo("app1:tag2");
    }

    @Test
    void dottedAndShortAppQualifiers() {
        assertThat(render("{% load lib3 from app3.sub_app1 %}{% tag1 %}")).isEqualTo("app3.sub_app1:tag1");
        assertThat(render("{% load lib3 from sub_app2 %}{% tag1 %}")).isEqualTo("app4.sub_app2:tag1");
        assertThat(render("{% load lib3 %}{% tag1 %}")).isEqualTo("app4.sub_app2:tag1");
    }

    @Test
    void djangosSelectiveLoadStillWorks() {
        assertThat(render("{% load tag1 from lib2 %}{% tag1 %}")).isEqualTo("app2:tag1");
        assertThat(render("{% load tag1 tag3 from lib2 %}{% tag3 %}")).isEqualTo("app2:tag3");
        fails("{% load tag1 from lib2 %}{% tag3 %}", "'tag3'");
        fails("{% load nothing from lib2 %}", "'nothing' is not a valid tag or filter in tag library 'lib2'");
    }

    @Test
    void importNamespacesByDefault() {
        assertThat(render("{% import lib1 %}{% lib1.tag1 %} {{ v|lib1.mark }}")).isEqualTo("app2:tag1 app2(x)");
        fails("{% import lib1 %}{% tag1 %}", "'tag1'");
        assertThat(render("{% import lib1 as my_lib %}{% my_lib.tag1 %}")).isEqualTo("app2:tag1");
        assertThat(render("{% import lib1.tag1 %}{% lib1.tag1 %}")).isEqualTo("app2:tag1");
        fails("{% import lib1.tag1 %}{% lib1.tag2 %}", "'lib1.tag2'");
        assertThat(render("{% import lib1.tag1 as my_tag %}{% my_tag %}")).isEqualTo("app2:tag1");
        assertThat(render("{% import * from lib1 %}{% tag1 %} {% tag2 %}")).isEqualTo("app2:tag1 app2:tag2");
    }

    @Test
    void importFromAnApp() {
        assertThat(render("{% import lib1 from app1 %}{% lib1.tag1 %}")).isEqualTo("app1:tag1");
        assertThat(render("{% import lib1 from app1 as my_lib1 %}{% my_lib1.tag1 %}")).isEqualTo("app1:tag1");
        assertThat(render("{% import * from lib3 from app3.sub_app1 %}{% tag1 %}")).isEqualTo("app3.sub_app1:tag1");
        assertThat(render("{% import lib1 from app1, lib1 from app2 as other %}{% lib1.tag1 %} {% other.tag1 %}"))
                .isEqualTo("app1:tag1 app2:tag1");
    }

    @Test
    void loadsAreScopedPerTemplate() {
        assertThatThrownBy(() -> render("{% load lib1 %}{% include 'inc.html' %}"))
                .isInstanceOf(TemplateSyntaxError.class)
                .hasMessageContaining("'tag1'");
        fails("{% extends 'base.html' %}{% block b %}{% tag1 %}{% endblock %}", "'tag1'");
        assertThat(render("{% extends 'base.html' %}{% load lib2 %}{% block b %}{% tag3 %}{% endblock %}"))
                .isEqualTo("app2:tag3");
    }

    @Test
    void clearErrors() {
        fails("{% load nope %}", "'nope' is not a registered tag library. Must be one of:\nlib1\nlib2\nlib3");
        fails("{% load lib1.nope %}", "'nope' is not a valid tag or filter in tag library 'lib1'");
        fails("{% load lib1 from app9 %}", "Tag library 'lib1' is not provided by 'app9'. It is provided by: app1, app2");
        fails("{% load lib3 from app5 %}", "not provided by 'app5'");
        fails("{% load lib1 into %}", "'into' must be followed by a name");
        fails("{% load lib1 into a.b %}", "'a.b' is not a valid name after 'into'");
        fails("{% load lib1 as x %}", "'as' renames a single tag or filter");
        fails("{% load lib1 from app1 from app2 %}", "'from' given twice");
        fails("{% load lib1, %}", "Empty clause");
        fails("{% load lib1 with x %}", "'with' is not a registered tag library");
        fails("{% load lib1 from app1 with x %}", "Unexpected 'with'");
        fails("{% import %}", "'import' needs at least one library");
        fails("{% import * lib1 %}", "'import *' must be followed by 'from lib'");
        fails("{% import lib1 into x %}", "'import' does not take 'into'");
        fails("{% import 'lib1' %}", "Expected a library name");
    }

    @Test
    void errorsCarryTemplateLineAndColumn() {
        assertThatThrownBy(() -> engine.fromString("a\n  {% load nope %}"))
                .isInstanceOfSatisfying(TemplateSyntaxError.class, e -> {
                    SourceLocation at = e.location().orElseThrow();
                    assertThat(at.line()).isEqualTo(2);
                    assertThat(at.column()).isEqualTo(3);
                    assertThat(at.templateName()).isEqualTo("<string>");
                });
    }

    @Test
    void ambiguousShortQualifierIsAnError() {
        Engine e = Engine.builder()
                .library(lib("lib3", "x.shared", "tag1"))
                .library(lib("lib3", "y.shared", "tag1"))
                .build();
        assertThatThrownBy(() -> e.fromString("{% load lib3 from shared %}"))
                .hasMessageContaining("'shared' is ambiguous for tag library 'lib3': it may be x.shared or y.shared");
        assertThat(e.fromString("{% load lib3 from y.shared %}{% tag1 %}").render(Map.of())).isEqualTo("y.shared:tag1");
    }
}

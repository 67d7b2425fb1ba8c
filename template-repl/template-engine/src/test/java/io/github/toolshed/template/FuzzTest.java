package io.github.toolshed.template;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Arbitrary input compiles or fails with a TemplateSyntaxError, never anything else. */
class FuzzTest {

    private static final Engine ENGINE = Engine.builder().build();

    @Provide
    Arbitrary<String> templateish() {
        Arbitrary<String> pieces = Arbitraries.of(
                "{%", "%}", "{{", "}}", "{#", "#}", "if", "for", "in", "endif", "endfor", "else", "elif", "block",
                "endblock", "with", "endwith", "|", ":", "\"", "'", " ", "\n", "x", "y.z", "1", "not", "and", "==",
                "cycle", "as", "verbatim", "endverbatim", "filter", "upper", "include", "extends", "comment", "endcomment",
                "_", ".", "ifchanged", "regroup", "by", "widthratio", "firstof", "now", "load", "lorem", "spaceless");
        return pieces.list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 2000)
    void compilesOrRaisesSyntaxError(@ForAll("templateish") String source) {
        try {
            Template t = ENGINE.fromString(source);
            try {
                t.render(Map.of("x", 1));
            } catch (TemplateException e) {
                // rendering may fail (e.g. missing include), but only with the library's exceptions
            }
        } catch (TemplateSyntaxError e) {
            // expected for malformed input
        }
    }

    @Property(tries = 1000)
    void arbitraryUnicodeNeverCrashesTheLexerOrParser(@ForAll String source) {
        try {
            ENGINE.fromString(source);
        } catch (TemplateSyntaxError e) {
            // fine
        }
    }
}

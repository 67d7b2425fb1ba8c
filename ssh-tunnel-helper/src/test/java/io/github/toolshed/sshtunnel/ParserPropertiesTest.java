package io.github.toolshed.sshtunnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the parser and the editor: any input parses or fails cleanly; text survives byte for byte. */
class ParserPropertiesTest {

    @Property(tries = 500)
    void anyText_parsesAndRoundTrips_orFailsWithTheLibrarysException(@ForAll("configLike") String text) {
        try {
            SshConfig cfg = SshConfig.parse(text, "p");
            assertThat(cfg.text()).isEqualTo(text);
            assertThat(cfg.lines()).allSatisfy(l -> assertThat(l.raw()).isNotEmpty());
        } catch (SshTunnelException expected) {
            assertThat(expected).isInstanceOf(ConfigSyntaxException.class);
        }
    }

    @Property(tries = 300)
    void arbitraryUnicode_parsesOrFailsWithTheLibrarysException(@ForAll String text) {
        try {
            assertThat(SshConfig.parse(text, "p").text()).isEqualTo(text);
        } catch (SshTunnelException expected) {
            assertThat(expected).isInstanceOf(ConfigSyntaxException.class);
        }
    }

    @Property(tries = 300)
    void applyThenRemove_restoresAnyParseableConfig(@ForAll("configLike") String text, @ForAll("aliases") String alias) {
        SshConfig cfg;
        try {
            cfg = SshConfig.parse(text, "p");
        } catch (SshTunnelException unparseable) {
            return;
        }
        Snippet s = TunnelSnippets.remoteSide(ReverseTunnel.builder().remoteHost("h").localAlias(alias).port(8022).build());
        Edit edit;
        try {
            edit = ConfigEditor.apply(cfg, s);
        } catch (SshTunnelException refused) {
            return; // collision or override: refusing is allowed, writing garbage is not
        }
        SshConfig after = SshConfig.parse(edit.after(), "p");
        assertThat(ConfigEditor.apply(after, s).changed()).as("idempotent").isFalse();
        String removed = ConfigEditor.remove(after, alias).after();
        boolean appended = ConfigEditor.insertionPoint(cfg) == cfg.lines().size();
        String expected = text.isEmpty() || text.endsWith("\n") || !appended ? text : text + completion(cfg, text);
        assertThat(removed).isEqualTo(expected);
    }

    /** What appending needs to end an unterminated last line: "\n" after a "\r", else the file's first line end. */
    private static String completion(SshConfig cfg, String text) {
        if (text.endsWith("\r")) {
            return "\n";
        }
        return cfg.lines().stream().map(ConfigLine::raw).filter(r -> r.endsWith("\n")).findFirst()
                .map(r -> r.endsWith("\r\n") ? "\r\n" : "\n").orElse("\n");
    }

    @Provide
    Arbitrary<String> aliases() {
        return Arbitraries.strings().withChars("abcXYZ019._-").ofMinLength(1).ofMaxLength(20)
                .filter(Validators::isAlias);
    }

    @Provide
    Arbitrary<String> configLike() {
        Arbitrary<String> keyword = Arbitraries.of("Host", "Match", "HostName", "User", "Port", "Include", "#", "",
                "RemoteForward", "ProxyCommand", "IdentityFile", "host", "HOST", "\"Host\"");
        Arbitrary<String> sep = Arbitraries.of(" ", "\t", "=", " = ", "  ", "");
        Arbitrary<String> value = Arbitraries.strings()
                .withChars("ab*?!#\"'\\= \t%$@,.:/-x\r\f\u00e9")
                .ofMaxLength(12);
        Arbitrary<String> eol = Arbitraries.of("\n", "\r\n", "\n", "");
        Arbitrary<String> line = Combinators.combine(Arbitraries.of("", " ", "\t"), keyword, sep, value, eol)
                .as((indent, k, s, v, e) -> indent + k + s + v + e);
        return line.list().ofMaxSize(12).map(ParserPropertiesTest::join);
    }

    private static String join(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            sb.append(l);
            if (i < lines.size() - 1 && !l.endsWith("\n")) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}

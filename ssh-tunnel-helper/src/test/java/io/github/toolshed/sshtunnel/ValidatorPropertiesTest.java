package io.github.toolshed.sshtunnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The validators accept exactly their allow-lists, and nothing accepted can change a config's structure. */
class ValidatorPropertiesTest {

    private static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9._][A-Za-z0-9._-]{0,31}");

    @Property(tries = 1000)
    void alias_isAcceptedExactlyWhenItMatchesTheAllowList(@ForAll("nasty") String s) {
        boolean expected = ALIAS.matcher(s).matches();
        try {
            ReverseTunnel.builder().localAlias(s);
            assertThat(expected).as("accepted %s", s).isTrue();
        } catch (SshTunnelException e) {
            assertThat(expected).as("rejected %s", s).isFalse();
            assertThat(e.field()).contains("local-alias");
        }
    }

    @Property(tries = 1000)
    void user_isAcceptedExactlyWhenItMatchesTheAllowList(@ForAll("nasty") String s) {
        boolean expected = USER.matcher(s).matches();
        try {
            ReverseTunnel.builder().remoteUser(s);
            assertThat(expected).isTrue();
        } catch (SshTunnelException e) {
            assertThat(expected).isFalse();
            assertThat(e.getMessage()).startsWith("remote-user: ");
        }
    }

    @Property(tries = 500)
    void anyValueWithAControlCharacter_isRejectedByEveryField(@ForAll("nasty") String prefix,
            @ForAll("controls") char control, @ForAll("nasty") String suffix) {
        String v = prefix + control + suffix;
        List<Consumer<ReverseTunnel.Builder>> setters = List.of(b -> b.remoteHost(v), b -> b.remoteUser(v),
                b -> b.remoteAlias(v), b -> b.localAlias(v), b -> b.localUser(v), b -> b.socket(v));
        for (Consumer<ReverseTunnel.Builder> setter : setters) {
            assertThatThrownBy(() -> setter.accept(ReverseTunnel.builder()))
                    .isInstanceOf(SshTunnelException.class)
                    .hasMessageContaining("control character");
        }
    }

    @Property(tries = 500)
    void acceptedValues_neverChangeTheStructureOfTheGeneratedBlock(@ForAll("hosts") String host,
            @ForAll("mostlyValid") String alias, @ForAll("mostlyValid") String user,
            @ForAll("mostlyValid") String socketName) {
        ReverseTunnel t;
        try {
            t = ReverseTunnel.builder().remoteHost(host).localAlias(alias).localUser(user).remoteUser(user)
                    .socket("/tmp/" + socketName).build();
        } catch (SshTunnelException rejected) {
            return;
        }
        for (Side side : Side.values()) {
            Snippet s = TunnelSnippets.of(t, side);
            SshConfig cfg = SshConfig.parse(s.render("\n"), "g");
            assertThat(cfg.lines()).hasSize(s.directives().size() + 6);
            ManagedBlock b = cfg.managedBlocks().getFirst();
            assertThat(ConfigChecks.shape(b)).isEmpty();
            assertThat(cfg.hasMatchExec()).isFalse();
            for (int i = 0; i < s.directives().size(); i++) {
                ConfigLine l = b.body().get(i + 2);
                assertThat(l.keyword()).isEqualTo(s.directives().get(i).keyword());
                assertThat(String.join(" ", l.args())).isEqualTo(s.directives().get(i).value());
            }
        }
    }

    @Provide
    Arbitrary<String> nasty() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("abcXYZ0129._-").ofMinLength(1).ofMaxLength(70),
                Arbitraries.strings().withChars("ab.-_ \t\n\r\"'\\#=%$@!*?,:/~;`|&()<>{}\u00e9\u0000\u007f")
                        .ofMaxLength(20),
                Arbitraries.strings().ofMaxLength(10));
    }

    @Provide
    Arbitrary<String> hosts() {
        return Arbitraries.oneOf(nasty(), Arbitraries.of("server.example.org", "192.0.2.1", "::1", "a-b.c", "h"));
    }

    @Provide
    Arbitrary<String> mostlyValid() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("abXY09").ofMinLength(1).ofMaxLength(20),
                Arbitraries.strings().withChars("abXY09._- \n#\"%*").ofMinLength(1).ofMaxLength(20));
    }

    @Provide
    Arbitrary<Character> controls() {
        return Arbitraries.oneOf(Arbitraries.chars().range('\u0000', '\u001f'), Arbitraries.of('\u007f', '\u0085'));
    }
}

package io.github.toolshed.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AntPatternTest {

    @ParameterizedTest(name = "{0} ~ {1} -> {2}")
    @CsvSource({
        "/blog/**, /blog, true",
        "/blog/**, /blog/, true",
        "/blog/**, /blog/2010/01/caching/, true",
        "/blog/**, /blogger, false",
        "/blog/*, /blog/post, true",
        "/blog/*, /blog/a/b, false",
        "/blog/*.html, /blog/index.html, true",
        "/blog/*.html, /blog/index.htm, false",
        "/b?g/x, /bag/x, true",
        "/b?g/x, /b/g/x, false",
        "/**/feed, /a/b/c/feed, true",
        "/**/feed, /feed, true",
        "/**/feed, /a/feedx, false",
        "/**, /, true",
        "/, /, true",
        "/, /x, false",
        "/a/**/b/*, /a/x/y/b/z, true",
        "/a/**/b/*, /a/b/z, true",
        "/a/**/b/*, /a/x/y/c/z, false",
        "/*.css, /x/y.css, false",
        "/a.b, /aXb, false",
    })
    void matches(String pattern, String path, boolean expected) {
        assertThat(UrlMatcher.ant(pattern).matches(path)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"''", "blog/**", "/blog/a**", "/x/**y"})
    void rejectsMalformedPatterns(String pattern) {
        assertThatThrownBy(() -> UrlMatcher.ant(pattern)).isInstanceOf(CacheException.class);
    }

    @Property
    void deepWildcardMatchesEveryPathUnderItsPrefix(
            @ForAll @AlphaChars @StringLength(min = 1, max = 8) String prefix,
            @ForAll @StringLength(max = 40) String rest) {
        String path = "/" + prefix + "/" + rest.replace('\\', '_');
        assertThat(UrlMatcher.ant("/" + prefix + "/**").matches(path)).isTrue();
    }

    @Property
    void literalPatternsMatchOnlyThemselves(
            @ForAll @AlphaChars @StringLength(min = 1, max = 10) String a,
            @ForAll @AlphaChars @StringLength(min = 1, max = 10) String b) {
        assertThat(UrlMatcher.ant("/" + a).matches("/" + b)).isEqualTo(a.equals(b));
    }
}

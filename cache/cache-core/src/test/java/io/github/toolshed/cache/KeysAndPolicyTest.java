package io.github.toolshed.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Key hashing, query canonicalisation, host checks and Cache-Control parsing, without a server. */
class KeysAndPolicyTest {

    @Property
    void hashedPartsNeverCollideAcrossDelimiterShifts(@ForAll String a, @ForAll String b, @ForAll String c, @ForAll String d) {
        Assume.that(!(a.equals(c) && b.equals(d)));
        assertThat(KeyHasher.start("t").add(a).add(b).hex()).isNotEqualTo(KeyHasher.start("t").add(c).add(d).hex());
    }

    @Test
    void nullAndEmptyPartsAreDistinct() {
        assertThat(KeyHasher.start("t").add((String) null).hex()).isNotEqualTo(KeyHasher.start("t").add("").hex());
    }

    @Test
    void queryIsSortedDecodedAndReencoded() {
        assertThat(QueryCanonicalizer.canonicalize("b=2&a=1")).isEqualTo("a=1&b=2");
        assertThat(QueryCanonicalizer.canonicalize("a=%31&&b=2&")).isEqualTo("a=1&b=2");
        assertThat(QueryCanonicalizer.canonicalize("q=caf%C3%A9+au+lait")).isEqualTo("q=caf%C3%A9+au+lait");
        assertThat(QueryCanonicalizer.canonicalize("a=2&a=1")).isEqualTo("a=1&a=2");
        assertThat(QueryCanonicalizer.canonicalize("x=%26y%3D1")).isEqualTo("x=%26y%3D1")
                .isNotEqualTo(QueryCanonicalizer.canonicalize("x=&y=1"));
        assertThat(QueryCanonicalizer.canonicalize(null)).isEmpty();
    }

    @Test
    void malformedOrHugeQueriesAreRefused() {
        assertThatThrownBy(() -> QueryCanonicalizer.canonicalize("a=%zz")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueryCanonicalizer.canonicalize("a=%C3%28")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueryCanonicalizer.canonicalize("a=" + "x".repeat(5000)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hostsAreLowerCasedAndInjectionCharactersRefused() {
        assertThat(RequestKeys.normalizeHost(" Example.COM:8080 ")).isEqualTo("example.com:8080");
        assertThat(RequestKeys.normalizeHost("[::1]:8080")).isEqualTo("[::1]:8080");
        assertThat(RequestKeys.normalizeHost("evil.com/path")).isNull();
        assertThat(RequestKeys.normalizeHost("a.com\r\nX-Injected: 1")).isNull();
        assertThat(RequestKeys.normalizeHost("user@a.com")).isNull();
        assertThat(RequestKeys.normalizeHost("")).isNull();
    }

    @Test
    void cacheControlDirectivesAreParsed() {
        CacheControl cc = CacheControl.parse(List.of("public, max-age=60, s-maxage=\"300\"", "stale-while-revalidate=5"));
        assertThat(cc.maxAge()).isEqualTo(Duration.ofSeconds(60));
        assertThat(cc.sMaxAge()).isEqualTo(Duration.ofSeconds(300));
        assertThat(cc.staleWhileRevalidate()).isEqualTo(Duration.ofSeconds(5));
        assertThat(cc.isPrivate()).isFalse();
        assertThat(CacheControl.parse(List.of("PRIVATE=\"set-cookie, x\"")).isPrivate()).isTrue();
        assertThat(CacheControl.parse(List.of("no-cache=\"Set-Cookie\"")).noCache()).isTrue();
        assertThat(CacheControl.parse(List.of("max-age=-1")).maxAge()).isEqualTo(Duration.ZERO);
        assertThat(CacheControl.parse(List.of("max-age=99999999999")).maxAge()).isEqualTo(Duration.ZERO);
    }

    @Test
    void lifetimesPreferSMaxAgeThenMaxAgeThenTheDefault() {
        PageCache cache = PageCache.builder().defaultTtl(Duration.ofSeconds(42)).build();
        StorePolicy policy = new StorePolicy(cache.settings());
        assertThat(policy.lifetimes(CacheControl.parse(List.of("max-age=10, s-maxage=20"))).ttl()).hasSeconds(20);
        assertThat(policy.lifetimes(CacheControl.parse(List.of("max-age=10"))).ttl()).hasSeconds(10);
        assertThat(policy.lifetimes(CacheControl.parse(List.of())).ttl()).hasSeconds(42);
        assertThat(policy.lifetimes(CacheControl.parse(List.of("must-revalidate"))).staleWhileRevalidate()).isZero();
    }

    @Test
    void varyIsNormalisedAndStarDetected() {
        assertThat(StorePolicy.varyHeaders(List.of("Accept-Language, accept-encoding", "Cookie")))
                .containsExactly("accept-encoding", "accept-language", "cookie");
        assertThat(StorePolicy.varyHeaders(List.of("Cookie, *"))).isNull();
        assertThat(StorePolicy.varyHeaders(List.of())).isEmpty();
    }

    @Test
    void entityTagsCompareWeakly() {
        assertThat(PageWriter.etagMatches("W/\"abc\"", "\"abc\"")).isTrue();
        assertThat(PageWriter.etagMatches("\"x\", \"abc\"", "\"abc\"")).isTrue();
        assertThat(PageWriter.etagMatches("*", "\"abc\"")).isTrue();
        assertThat(PageWriter.etagMatches("\"abcd\"", "\"abc\"")).isFalse();
    }

    @Test
    void builderNamesTheBadSetting() {
        assertThatThrownBy(() -> PageCache.builder().defaultTtl(Duration.ZERO))
                .hasMessage("defaultTtl must be positive, was PT0S");
        assertThatThrownBy(() -> PageCache.builder().hosts("bad host"))
                .hasMessage("hosts contains an invalid host name: bad host");
        assertThatThrownBy(() -> PageCache.builder().cacheableStatuses(List.of(206)))
                .hasMessageContaining("cacheableStatuses");
        assertThatThrownBy(() -> PageCache.tag(null, "has space")).isInstanceOf(RuntimeException.class);
    }
}

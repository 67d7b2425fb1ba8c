package io.github.toolshed.template.filters;

import static io.github.toolshed.template.filters.FilterCalls.call;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.toolshed.template.SafeString;
import org.junit.jupiter.api.Test;

class UrlizeTest {

    private static String urlize(Object text) {
        return call("urlize", text).toString();
    }

    private static String link(String href, String text) {
        return "<a href=\"" + href + "\" rel=\"nofollow\">" + text + "</a>";
    }

    @Test
    void linksWebAddresses() {
        assertThat(urlize("http://google.com")).isEqualTo(link("http://google.com", "http://google.com"));
        assertThat(urlize("www.google.com")).isEqualTo(link("http://www.google.com", "www.google.com"));
        assertThat(urlize("djangoproject.org/")).isEqualTo(link("http://djangoproject.org/", "djangoproject.org/"));
        assertThat(urlize("usa.gov")).isEqualTo(link("http://usa.gov", "usa.gov"));
        assertThat(urlize("HTTPS://github.com/")).isEqualTo(link("https://github.com/", "HTTPS://github.com/"));
        assertThat(urlize("some.organization")).isEqualTo("some.organization");
        assertThat(urlize("http://192.168.0.15/api/9")).isEqualTo(link("http://192.168.0.15/api/9", "http://192.168.0.15/api/9"));
        assertThat(urlize("http://[2001:db8:cafe::2]/api/9"))
                .isEqualTo(link("http://[2001:db8:cafe::2]/api/9", "http://[2001:db8:cafe::2]/api/9"));
    }

    @Test
    void linksEmailAddressesWithoutNofollow() {
        assertThat(urlize("info@djangoproject.org"))
                .isEqualTo("<a href=\"mailto:info@djangoproject.org\">info@djangoproject.org</a>");
        assertThat(urlize("foo@bar.com or www.bar.com"))
                .isEqualTo("<a href=\"mailto:foo@bar.com\">foo@bar.com</a> or " + link("http://www.bar.com", "www.bar.com"));
        assertThat(urlize("email@.stream.ru")).isEqualTo("email@.stream.ru");
        assertThat(urlize("a@b@c.com")).isEqualTo("a@b@c.com");
    }

    @Test
    void quotesOnlyWhatIsNotAlreadyQuoted() {
        assertThat(urlize("http://hi.baidu.com/%E9%87%8D%E6%96%B0")).isEqualTo(link(
                "http://hi.baidu.com/%E9%87%8D%E6%96%B0", "http://hi.baidu.com/%E9%87%8D%E6%96%B0"));
        assertThat(urlize("www.mystore.com/30%OffCoupons!"))
                .isEqualTo(link("http://www.mystore.com/30%25OffCoupons", "www.mystore.com/30%OffCoupons") + "!");
        assertThat(urlize("https://en.wikipedia.org/wiki/Café"))
                .isEqualTo(link("https://en.wikipedia.org/wiki/Caf%C3%A9", "https://en.wikipedia.org/wiki/Café"));
        assertThat(urlize("http://example.com/?q=a b")).startsWith(link("http://example.com/?q=a", "http://example.com/?q=a"));
        assertThat(urlize("http://example.com/?x=1+2&y=%20")).isEqualTo(link(
                "http://example.com/?x=1+2&amp;y=+", "http://example.com/?x=1+2&amp;y=%20"));
    }

    @Test
    void convertsInternationalDomainsToPunycode() {
        assertThat(urlize("http://ça.ws")).isEqualTo(link("http://xn--a-5fa.ws", "http://ça.ws"));
        assertThat(urlize("www.ça.ws")).isEqualTo(link("http://www.xn--a-5fa.ws", "www.ça.ws"));
        assertThat(urlize("ça.org")).isEqualTo(link("http://xn--a-5fa.org", "ça.org"));
        assertThat(urlize("info@ça.org")).isEqualTo("<a href=\"mailto:info@xn--a-5fa.org\">info@ça.org</a>");
    }

    @Test
    void keepsPunctuationAndBracketsOutsideTheLink() {
        assertThat(urlize("A test http://testing.com/example.,:;)\"!"))
                .isEqualTo("A test " + link("http://testing.com/example", "http://testing.com/example") + ".,:;)&quot;!");
        assertThat(urlize("(see https://en.wikipedia.org/wiki/Django_(web_framework))")).isEqualTo("(see " + link(
                "https://en.wikipedia.org/wiki/Django_(web_framework)",
                "https://en.wikipedia.org/wiki/Django_(web_framework)") + ")");
        assertThat(urlize("(Go to http://www.example.com/foo.)"))
                .isEqualTo("(Go to " + link("http://www.example.com/foo", "http://www.example.com/foo") + ".)");
        assertThat(urlize("[see www.example.com]")).isEqualTo("[see " + link("http://www.example.com", "www.example.com") + "]");
        assertThat(urlize("see test[at[example.com"))
                .isEqualTo("see " + link("http://test[at[example.com", "test[at[example.com"));
        assertThat(urlize("Go to djangoproject.com! and enjoy."))
                .isEqualTo("Go to " + link("http://djangoproject.com", "djangoproject.com") + "! and enjoy.");
        assertThat(Urlizer.urlize("http://example.com?x=&amp;;", null, true, false))
                .isEqualTo(link("http://example.com?x=", "http://example.com?x=&amp;") + ";");
        for (String[] wrap : new String[][] {{"(", ")", "(", ")"}, {"<", ">", "&lt;", "&gt;"}, {"'", "'", "&#x27;", "&#x27;"}}) {
            assertThat(urlize(wrap[0] + "https://www.example.org/" + wrap[1])).isEqualTo(
                    wrap[2] + link("https://www.example.org/", "https://www.example.org/") + wrap[3]);
        }
    }

    @Test
    void refusesMalformedAddresses() {
        assertThat(urlize("http:///www.google.com")).isEqualTo("http:///www.google.com");
        assertThat(urlize("http://.google.com")).isEqualTo("http://.google.com");
        assertThat(urlize("http://@foo.com")).isEqualTo("http://@foo.com");
    }

    @Test
    void escapesEverythingButItsOwnMarkup() {
        assertThat(urlize("<script>alert('foo')</script>")).isEqualTo("&lt;script&gt;alert(&#x27;foo&#x27;)&lt;/script&gt;");
        assertThat(urlize("Email me at <me@example.com>"))
                .isEqualTo("Email me at &lt;<a href=\"mailto:me@example.com\">me@example.com</a>&gt;");
        assertThat(urlize("http://example.com/\"onmouseover=\"alert(1)"))
                .isEqualTo(link("http://example.com/", "http://example.com/") + "&quot;onmouseover=&quot;alert(1)");
        assertThat(urlize("http://example.com/?a=<b>")).doesNotContain("<b>");
        assertThat(call("urlize", "foo<a href=\" google.com \">bar</a>buz", null, false).toString())
                .isEqualTo("foo<a href=\" " + link("http://google.com", "google.com") + " \">bar</a>buz");
        assertThat(urlize(SafeString.of("a &amp; b"))).isEqualTo("a &amp; b");
        assertThat(urlize(SafeString.of("http://example.com?x=&amp;y=")))
                .isEqualTo(link("http://example.com?x=&amp;y=", "http://example.com?x=&amp;y="));
    }

    @Test
    void urlizetrunc_shortensLinkTexts() {
        assertThat(call("urlizetrunc", "http://short.com/", 20L).toString())
                .isEqualTo(link("http://short.com/", "http://short.com/"));
        assertThat(call("urlizetrunc", "http://31characteruri.com/test/", 31L).toString())
                .isEqualTo(link("http://31characteruri.com/test/", "http://31characteruri.com/test/"));
        assertThat(call("urlizetrunc", "http://31characteruri.com/test/", 30L).toString())
                .isEqualTo(link("http://31characteruri.com/test/", "http://31characteruri.com/tes…"));
        assertThat(call("urlizetrunc", "http://31characteruri.com/test/", 1L).toString())
                .isEqualTo(link("http://31characteruri.com/test/", "…"));
        assertThat(call("urlizetrunc", 123, 1L).toString()).isEqualTo("123");
        assertThat(call("urlizetrunc", "http://www.google.co.uk/search?hl=en&q=some+long+url&btnG=Search&meta=", 20L)
                        .toString())
                .isEqualTo(link("http://www.google.co.uk/search?hl=en&amp;q=some+long+url&amp;btnG=Search&amp;meta=",
                        "http://www.google.c…"));
    }

    @Test
    void hugeInputStaysLinear() {
        String text = "x.".repeat(50_000) + " (((((" + "]".repeat(10_000);
        assertThat(urlize(text)).hasSizeGreaterThan(text.length() - 1);
    }
}

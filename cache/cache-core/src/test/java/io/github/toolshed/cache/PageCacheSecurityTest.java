package io.github.toolshed.cache;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each test states one security property of the page cache, checked through a real Tomcat. */
class PageCacheSecurityTest {

    private static PageCache cache;
    private static TestServer server;

    @BeforeAll
    static void start() {
        cache = PageCache.builder()
                .cache("/s/**")
                .hosts("localhost")
                .sessionCookies(List.of("remember-me"))
                .defaultTtl(Duration.ofMinutes(5))
                .build();
        server = TestServer.start(cache);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void setCookie_isNeverStored_andNeverReplayedToAnotherUser() {
        server.handle("/s/cookie", (req, res) -> {
            if (req.getHeader("X-Login") != null) {
                res.addCookie(new Cookie("token", "secret-of-A"));
            }
            res.setContentType("text/plain");
            res.getWriter().write(req.getHeader("X-Login") != null ? "page for A" : "anonymous page");
        });
        RawHttp.Response a = server.get("/s/cookie", "X-Login: A");
        assertThat(a.xCache()).isEqualTo("MISS; reason=set-cookie");
        assertThat(a.header("Set-Cookie")).contains("secret-of-A");
        assertThat(a.body()).isEqualTo("page for A");

        RawHttp.Response b1 = server.get("/s/cookie");
        RawHttp.Response b2 = server.get("/s/cookie");
        assertThat(b1.xCache()).isEqualTo("MISS");
        assertThat(b2.xCache()).isEqualTo("HIT");
        assertThat(b2.body()).isEqualTo("anonymous page");
        assertThat(b2.headers("Set-Cookie")).isEmpty();
        assertThat(server.renders("/s/cookie")).isEqualTo(2);
    }

    @Test
    void setCookieHeaderWrittenDirectly_isNeverStored() {
        server.handle("/s/raw-cookie", (req, res) -> {
            res.setHeader("Set-Cookie", "tracking=1; Path=/");
            res.getWriter().write("tracked");
        });
        server.get("/s/raw-cookie");
        RawHttp.Response second = server.get("/s/raw-cookie");
        assertThat(second.xCache()).isEqualTo("MISS; reason=set-cookie");
        assertThat(server.renders("/s/raw-cookie")).isEqualTo(2);
    }

    @Test
    void renderThatCreatesASession_isNeverStored() {
        server.handle("/s/session", (req, res) -> {
            req.getSession(true).setAttribute("cart", "A's cart");
            res.getWriter().write("cart of " + req.getSession().getId());
        });
        RawHttp.Response first = server.get("/s/session");
        assertThat(first.xCache()).startsWith("MISS; reason=");
        assertThat(first.body()).startsWith("cart of ");
        RawHttp.Response second = server.get("/s/session");
        assertThat(second.body()).startsWith("cart of ").isNotEqualTo(first.body());
        assertThat(cache.store().entries(1000)).noneMatch(e -> e.page().path().equals("/s/session"));
    }

    @Test
    void userAWithSessionCookie_isNeverServedToUserB_andUserBsPageIsNeverServedToA() {
        server.handle("/s/home", (req, res) -> res.getWriter().write(
                req.getHeader("Cookie") != null ? "welcome back, " + req.getHeader("Cookie") : "hello stranger"));
        RawHttp.Response a = server.get("/s/home", "Cookie: JSESSIONID=A1B2C3");
        assertThat(a.xCache()).isEqualTo("BYPASS; reason=session-cookie");
        RawHttp.Response b = server.get("/s/home");
        assertThat(b.body()).isEqualTo("hello stranger");
        RawHttp.Response bAgain = server.get("/s/home");
        assertThat(bAgain.xCache()).isEqualTo("HIT");
        RawHttp.Response aAgain = server.get("/s/home", "Cookie: theme=dark; JSESSIONID=A1B2C3");
        assertThat(aAgain.xCache()).isEqualTo("BYPASS; reason=session-cookie");
        assertThat(aAgain.body()).contains("welcome back");
    }

    @Test
    void configuredLoginCookie_bypassesTheCache() {
        server.handle("/s/remember", (req, res) -> res.getWriter().write("user " + req.getHeader("Cookie")));
        RawHttp.Response a = server.get("/s/remember", "Cookie: Remember-Me=alice");
        assertThat(a.xCache()).isEqualTo("BYPASS; reason=session-cookie");
        assertThat(server.get("/s/remember").body()).isEqualTo("user null");
    }

    @Test
    void urlRewrittenSessionId_isRefusedAsPathParameter() {
        RawHttp.Response r = server.get("/s/page;jsessionid=ABC");
        assertThat(r.xCache()).startsWith("BYPASS; reason=");
        assertThat(cache.store().entries(100)).noneMatch(e -> e.page().url().contains("jsessionid"));
    }

    @Test
    void authorizationHeader_pageOfUserAIsNeverServedToUserB() {
        server.handle("/s/account", (req, res) -> res.getWriter().write(
                req.getHeader("Authorization") != null ? "account of " + req.getHeader("Authorization") : "please log in"));
        RawHttp.Response a = server.get("/s/account", "Authorization: Basic YWxpY2U6cw==");
        assertThat(a.xCache()).isEqualTo("BYPASS; reason=authorization");
        assertThat(server.get("/s/account").body()).isEqualTo("please log in");
        assertThat(server.get("/s/account").body()).isEqualTo("please log in");
        RawHttp.Response aAgain = server.get("/s/account", "Authorization: Basic YWxpY2U6cw==");
        assertThat(aAgain.body()).startsWith("account of");
    }

    @Test
    void cacheControlPrivate_isRespected() {
        assertRefused("/s/private", "private, max-age=600", "private");
    }

    @Test
    void cacheControlNoStore_isRespected() {
        assertRefused("/s/no-store", "no-store", "no-store");
    }

    @Test
    void cacheControlNoCache_isRespected() {
        assertRefused("/s/no-cache", "public, no-cache", "no-cache");
    }

    @Test
    void maxAgeZero_isNotStored() {
        assertRefused("/s/zero", "max-age=0", "zero-ttl");
    }

    private static void assertRefused(String path, String cacheControl, String reason) {
        server.handle(path, (req, res) -> {
            res.setHeader("Cache-Control", cacheControl);
            res.getWriter().write("personal");
        });
        assertThat(server.get(path).xCache()).isEqualTo("MISS; reason=" + reason);
        assertThat(server.get(path).xCache()).isEqualTo("MISS; reason=" + reason);
        assertThat(server.renders(path)).isEqualTo(2);
    }

    @Test
    void vary_isRespected_eachLanguageGetsItsOwnPage() {
        server.handle("/s/vary", (req, res) -> {
            res.setHeader("Vary", "Accept-Language");
            res.getWriter().write("lang=" + req.getHeader("Accept-Language"));
        });
        assertThat(server.get("/s/vary", "Accept-Language: fr").body()).isEqualTo("lang=fr");
        assertThat(server.get("/s/vary", "Accept-Language: de").body()).isEqualTo("lang=de");
        RawHttp.Response fr = server.get("/s/vary", "Accept-Language: fr");
        RawHttp.Response de = server.get("/s/vary", "Accept-Language: de");
        assertThat(fr.xCache()).isEqualTo("HIT");
        assertThat(fr.body()).isEqualTo("lang=fr");
        assertThat(de.xCache()).isEqualTo("HIT");
        assertThat(de.body()).isEqualTo("lang=de");
        assertThat(server.get("/s/vary").body()).isEqualTo("lang=null");
        assertThat(server.renders("/s/vary")).isEqualTo(3);
    }

    @Test
    void varyCookie_keepsEveryCookieHolderApart() {
        server.handle("/s/vary-cookie", (req, res) -> {
            res.setHeader("Vary", "Cookie");
            res.getWriter().write("theme " + req.getHeader("Cookie"));
        });
        server.get("/s/vary-cookie", "Cookie: theme=dark");
        assertThat(server.get("/s/vary-cookie", "Cookie: theme=light").body()).isEqualTo("theme theme=light");
        assertThat(server.get("/s/vary-cookie", "Cookie: theme=dark").xCache()).isEqualTo("HIT");
    }

    @Test
    void varyStar_isRefused() {
        assertThat(varyStarResponse().xCache()).isEqualTo("MISS; reason=vary-star");
        assertThat(varyStarResponse().xCache()).isEqualTo("MISS; reason=vary-star");
    }

    private static RawHttp.Response varyStarResponse() {
        server.handle("/s/vary-star", (req, res) -> {
            res.addHeader("Vary", "Accept-Encoding");
            res.addHeader("Vary", "*");
            res.getWriter().write("anything");
        });
        return server.get("/s/vary-star");
    }

    @Test
    void forgedHostOrForwardedHost_doesNotPoisonTheCache() {
        server.handle("/s/links", (req, res) -> {
            String host = req.getHeader("X-Forwarded-Host") != null ? req.getHeader("X-Forwarded-Host") : req.getHeader("Host");
            res.getWriter().write("<a href=\"http://" + host + "/s/next\">next</a>");
        });
        RawHttp.Response forged = server.get("/s/links", "Host: evil.example");
        assertThat(forged.xCache()).isEqualTo("BYPASS; reason=host");
        RawHttp.Response forwarded = server.get("/s/links", "X-Forwarded-Host: evil.example");
        assertThat(forwarded.xCache()).isEqualTo("BYPASS; reason=host");
        RawHttp.Response prefixed = server.get("/s/links", "X-Forwarded-Prefix: /evil");
        assertThat(prefixed.xCache()).isEqualTo("BYPASS; reason=forwarded");
        RawHttp.Response badProto = server.get("/s/links", "X-Forwarded-Proto: javascript");
        assertThat(badProto.xCache()).isEqualTo("BYPASS; reason=forwarded");

        server.get("/s/links");
        RawHttp.Response honest = server.get("/s/links");
        assertThat(honest.xCache()).isEqualTo("HIT");
        assertThat(honest.body()).doesNotContain("evil").contains("localhost");
    }

    @Test
    void renderThatReadsACsrfToken_isNeverStored() {
        server.handle("/s/form", (req, res) -> {
            req.setAttribute("_csrf", "token-123");
            res.getWriter().write("<input name=_csrf value=" + req.getAttribute("_csrf") + ">");
        });
        assertThat(server.get("/s/form").xCache()).isEqualTo("MISS; reason=csrf");
        assertThat(server.get("/s/form").xCache()).isEqualTo("MISS; reason=csrf");
    }

    @Test
    void postRequests_bypassTheCache() {
        assertThat(server.send("POST", "/s/post", "Content-Length: 0").xCache()).isEqualTo("BYPASS; reason=method");
    }

    @Test
    void urlsThatNoPatternOptsIn_areUntouched() {
        RawHttp.Response r = server.get("/other/page");
        assertThat(r.xCache()).isNull();
        server.get("/other/page");
        assertThat(server.renders("/other/page")).isEqualTo(2);
    }

    @Test
    void errorStatuses_areNotStoredByDefault() {
        server.handle("/s/missing", (req, res) -> res.sendError(404, "nope"));
        assertThat(server.get("/s/missing").status()).isEqualTo(404);
        server.get("/s/missing");
        assertThat(server.renders("/s/missing")).isEqualTo(2);
    }
}

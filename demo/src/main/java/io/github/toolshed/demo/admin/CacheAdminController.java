package io.github.toolshed.demo.admin;

import io.github.toolshed.cache.CacheException;
import io.github.toolshed.cache.PageCache;
import io.github.toolshed.surlex.spring.SurlexMapping;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code GET /cache/} shows the page cache; {@code POST /cache/purge} purges by URL, path prefix,
 * tag or everything, then redirects back (303) with the number of removed pages.
 *
 * <p>Present only when {@code toolshed.demo.admin.password} is set (else {@code /cache/} is a 404).
 * Every response carries {@code Cache-Control: no-store}; the page cache does not cover
 * {@code /cache/} and never stores a request with an {@code Authorization} header anyway.
 * Without the admin's Basic credentials the answer is 401 with a challenge; a purge without the
 * page's form token, or sent from another origin, is a 403.
 */
@Controller
@ConditionalOnProperty(name = "toolshed.demo.admin.password")
public class CacheAdminController {

    /** What {@code PageCache.tag} accepts: no whitespace, commas or control characters. */
    private static final Pattern TAG = Pattern.compile("[^\\s,\\p{Cntrl}]{1,256}");

    private final PageCache cache;
    private final ObjectProvider<MeterRegistry> registry;
    private final AdminGuard guard;
    private final Clock clock;

    CacheAdminController(PageCache cache, ObjectProvider<MeterRegistry> registry,
            @Value("${toolshed.demo.admin.username:admin}") String username,
            @Value("${toolshed.demo.admin.password}") String password) {
        this.cache = cache;
        this.registry = registry;
        this.guard = new AdminGuard(username, password);
        this.clock = Clock.systemUTC();
    }

    /**
     * The admin page.
     *
     * @param removed how many pages the last purge removed (set by the redirect after a purge)
     * @param request the request
     * @param response the response
     * @return the page, or null after a 401
     * @throws IOException if the 401 cannot be sent
     */
    @SurlexMapping(value = "/cache/", name = "cache_admin", method = RequestMethod.GET)
    public ModelAndView page(@RequestParam(name = "removed", required = false) String removed,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        noStore(response);
        if (!guard.authenticated(request)) {
            return challenge(response);
        }
        ModelAndView page = new ModelAndView("admin/cache")
                .addObject("report", CacheReport.of(cache, registry.getIfAvailable(), clock.instant()))
                .addObject("csrf_token", guard.formToken());
        if (removed != null && removed.matches("\\d{1,18}")) {
            page.addObject("purged", true).addObject("removed", Long.parseLong(removed));
        }
        return page;
    }

    /**
     * Purges pages.
     *
     * @param kind {@code url}, {@code prefix}, {@code tag} or {@code all}
     * @param value the URL, prefix or tag (ignored for {@code all})
     * @param token the form token ({@code csrfmiddlewaretoken})
     * @param request the request
     * @param response the response
     * @return null: the response is a redirect, 400, 401 or 403
     * @throws IOException if the response cannot be sent
     */
    @SurlexMapping(value = "/cache/purge", name = "cache_purge", method = RequestMethod.POST)
    public ModelAndView purge(@RequestParam(name = "kind", required = false) String kind,
            @RequestParam(name = "value", required = false, defaultValue = "") String value,
            @RequestParam(name = "csrfmiddlewaretoken", required = false) String token,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        noStore(response);
        if (!guard.authenticated(request)) {
            return challenge(response);
        }
        if (!guard.validToken(token) || !guard.sameOrigin(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        String target = value.strip();
        if (!"all".equals(kind) && (target.isEmpty() || target.length() > 2048)
                || "tag".equals(kind) && !TAG.matcher(target).matches()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return null;
        }
        long removed;
        try {
            removed = switch (kind == null ? "" : kind) {
                case "url" -> cache.purgeUrl(target);
                case "prefix" -> cache.purgePrefix(target);
                case "tag" -> cache.purgeTag(target);
                case "all" -> cache.purgeAll();
                default -> -1;
            };
        } catch (CacheException | IllegalArgumentException e) {
            removed = -1;
        }
        if (removed < 0) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return null;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/cache/?removed=" + removed);
        return null;
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
    }

    private static ModelAndView challenge(HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", AdminGuard.CHALLENGE);
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        return null;
    }
}

package io.github.toolshed.demo.blog;

import io.github.toolshed.cache.PageCache;
import io.github.toolshed.surlex.spring.SurlexMapping;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

/**
 * The blog's HTML pages, routed by surlex and rendered by Toolshed templates. A post's page is
 * tagged {@code post:<slug>} and a tag's page {@code tag:<tag>} for purges by tag.
 */
@Controller
class BlogController {

    private static final int LATEST = 10;

    private final PostRepository posts;
    private final Sidebar sidebar;

    BlogController(PostRepository posts, Sidebar sidebar) {
        this.posts = posts;
        this.sidebar = sidebar;
    }

    @SurlexMapping(value = "/", name = "blog_index", method = RequestMethod.GET)
    ModelAndView index() {
        List<Post> all = posts.all();
        return sidebar.page("blog/index").addObject("posts", all.subList(0, Math.min(LATEST, all.size())));
    }

    @SurlexMapping(value = "/blog/<year:Y>/", name = "blog_archive_year", method = RequestMethod.GET)
    ModelAndView year(@PathVariable int year) {
        return archive(posts.archive(year, 0), String.valueOf(year));
    }

    @SurlexMapping(value = "/blog/<year:Y>/<month:M>/", name = "blog_archive_month", method = RequestMethod.GET)
    ModelAndView month(@PathVariable int year, @PathVariable String month) {
        Month m = month(month);
        return archive(posts.archive(year, m.getValue()), m.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year);
    }

    @SurlexMapping(value = "/blog/<year:Y>/<month:M>/<day:d>/<slug:s>/", name = "blog_post_detail",
            method = RequestMethod.GET)
    ModelAndView detail(@PathVariable int year, @PathVariable String month, @PathVariable int day,
            @PathVariable String slug, HttpServletRequest request) {
        LocalDate date;
        try {
            date = LocalDate.of(year, month(month), day);
        } catch (java.time.DateTimeException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such day");
        }
        Post post = posts.find(date, slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such post"));
        PageCache.tag(request, "post:" + post.slug());
        return sidebar.page("blog/post").addObject("post", post);
    }

    @SurlexMapping(value = "/tags/<tag:s>/", name = "blog_tag", method = RequestMethod.GET)
    ModelAndView tag(@PathVariable String tag, HttpServletRequest request) {
        List<Post> tagged = posts.tagged(tag);
        if (tagged.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such tag");
        }
        PageCache.tag(request, "tag:" + tag);
        return sidebar.page("blog/tag").addObject("tag", tag).addObject("posts", tagged);
    }

    @SurlexMapping(value = "/search", name = "blog_search", method = RequestMethod.GET)
    ModelAndView search(@RequestParam(name = "q", required = false, defaultValue = "") String q) {
        return sidebar.page("blog/search").addObject("q", q).addObject("posts", posts.search(q));
    }

    @SurlexMapping(value = "/about/", name = "about", method = RequestMethod.GET)
    ModelAndView about() {
        return sidebar.page("about").addObject("parts", Parts.ALL).addObject("java", Runtime.version().toString());
    }

    private ModelAndView archive(List<Post> found, String period) {
        if (found.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no posts in " + period);
        }
        return sidebar.page("blog/archive").addObject("period", period).addObject("posts", found);
    }

    private static Month month(String abbreviation) {
        for (Month m : Month.values()) {
            if (Post.monthSlug(m.getValue()).equals(abbreviation)) {
                return m;
            }
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such month");
    }
}

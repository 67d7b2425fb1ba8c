package io.github.toolshed.benchmarks.cache;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in for the demo's blog home page: ten posts with excerpts and tags, a sidebar and a
 * footer, HTML-escaped and written through the servlet writer, about 9.4 KB like the page of the
 * original caching comparison. It is a cheap render (one StringBuilder, no template engine,
 * no Markdown, no database), so the hit/render ratio measured against it is a pessimistic bound.
 */
final class BlogPageRender extends HttpServlet {

    private record Post(String title, String slug, LocalDate date, String excerpt, List<String> tags) {}

    private final List<Post> posts = new ArrayList<>();

    BlogPageRender() {
        for (int i = 0; i < 10; i++) {
            posts.add(new Post(
                    "Evaluating caching options, part " + (i + 1) + " <& friends>",
                    "evaluating-caching-options-" + (i + 1),
                    LocalDate.of(2010, 1, 17).plusDays(i),
                    ("Caching is one of the first things you can do when you need to start thinking about scaling. "
                            + "Among query minimisation, denormalisation and indexing, it remains the lowest hanging "
                            + "fruit to lighten the server load. \"Quotes\" & <angle brackets> are escaped. ")
                            .repeat(3)
                            .substring(0, 331),
                    List.of("django", "caching", "nginx", "varnish", "post-" + i)));
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=300");
        StringBuilder out = new StringBuilder(10_240);
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Toolshed blog</title>"
                + "<link rel=\"stylesheet\" href=\"/static/site.css\"></head>\n<body><header><h1>Toolshed blog</h1>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/archive/\">Archive</a> <a href=\"/about/\">About</a></nav>"
                + "</header>\n<main>\n");
        for (Post post : posts) {
            out.append("<article><h2><a href=\"/blog/").append(post.slug()).append("/\">");
            escape(out, post.title());
            out.append("</a></h2>\n<p class=\"meta\">Posted on <time>").append(post.date()).append("</time></p>\n<p>");
            escape(out, post.excerpt());
            out.append("</p>\n<ul class=\"tags\">");
            for (String tag : post.tags()) {
                out.append("<li><a href=\"/tag/");
                escape(out, tag);
                out.append("/\">");
                escape(out, tag);
                out.append("</a></li>");
            }
            out.append("</ul></article>\n");
        }
        out.append("</main>\n<aside><h3>Recent posts</h3><ul>");
        for (Post post : posts) {
            out.append("<li><a href=\"/blog/").append(post.slug()).append("/\">");
            escape(out, post.title());
            out.append("</a></li>");
        }
        out.append("</ul></aside>\n<footer>Toolshed, page cache benchmark</footer></body></html>\n");
        PrintWriter writer = response.getWriter();
        writer.append(out);
    }

    private static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }
}

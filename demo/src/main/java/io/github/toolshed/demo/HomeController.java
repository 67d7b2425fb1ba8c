package io.github.toolshed.demo;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** The home page: what the toolkit is made of. */
@RestController
class HomeController {

    /** One part of the toolkit as listed on the home page. */
    record Part(String name, String summary) {}

    static final List<Part> PARTS = List.of(
            new Part("surlex", "a concise URL-pattern language compiled to regexes, with a fast route table and reversing"),
            new Part("template-repl", "a Django-template-language engine for the JVM, with tag libraries, a REPL and a {% repl %} breakpoint"),
            new Part("cache", "a page-cache servlet filter that never serves one user's page to another, and the {% cache %} fragment tag"),
            new Part("chat", "a WebSocket chat on virtual threads that loses nothing on reconnect"),
            new Part("goto-cli", "directory aliases with safe shell integration for bash, zsh and fish"),
            new Part("ssh-tunnel-helper", "reverse-tunnel ssh configs generated, applied idempotently and validated"));

    @GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE)
    String home() {
        StringBuilder html = new StringBuilder(2048)
                .append("<!doctype html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Toolshed</title></head>\n")
                .append("<body>\n<h1>Toolshed</h1>\n<p>A modular developer toolkit for the JVM.</p>\n<ul>\n");
        for (Part part : PARTS) {
            html.append("  <li><strong>")
                    .append(HtmlUtils.htmlEscape(part.name()))
                    .append("</strong>: ")
                    .append(HtmlUtils.htmlEscape(part.summary()))
                    .append("</li>\n");
        }
        return html.append("</ul>\n<p>Running on Java ")
                .append(HtmlUtils.htmlEscape(Runtime.version().toString()))
                .append(".</p>\n</body>\n</html>\n")
                .toString();
    }
}

package io.github.toolshed.demo.blog;

import java.util.List;

/** The toolkit's parts, shown on the about page. */
final class Parts {

    /**
     * One part of the toolkit.
     *
     * @param name the module
     * @param summary what it does
     */
    public record Part(String name, String summary) {}

    static final List<Part> ALL = List.of(
            new Part("surlex", "a concise URL-pattern language compiled to regexes, with a fast route table and reversing"),
            new Part("template-repl", "a Django-template-language engine for the JVM, with tag libraries, a REPL and a {% repl %} breakpoint"),
            new Part("cache", "a page-cache servlet filter that never serves one user's page to another, and the {% cache %} fragment tag"),
            new Part("chat", "a WebSocket chat on virtual threads that loses nothing on reconnect"),
            new Part("goto-cli", "directory aliases with safe shell integration for bash, zsh and fish"),
            new Part("ssh-tunnel-helper", "reverse-tunnel ssh configs generated, applied idempotently and validated"));

    private Parts() {}
}

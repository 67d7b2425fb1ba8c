package io.github.toolshed.shell.template;

/**
 * What {@code template shell --url} says: the shell has no web application to run the request
 * against, so the capture runs inside the application (toolshed-template-spring's
 * {@code ModelCapture} and its {@code toolshed.template.repl.url} property).
 */
final class UrlHelp {

    static final String MESSAGE = """
            --url needs the application whose page it captures, and this shell has none.
            Start the application itself with the page's path; it runs the request in-process and
            opens this REPL on the model the view would have rendered with:
              java -jar app.jar --toolshed.template.repl.url=/blog/2009/sep/06/surlex-released/
              mvn spring-boot:run -Dspring-boot.run.arguments=--toolshed.template.repl.url=/blog/
            The application needs toolshed-template-spring, toolshed-template-repl and spring-test
            on its class path (see 'Context from a URL' in docs/templates.md).""";

    private UrlHelp() {}
}

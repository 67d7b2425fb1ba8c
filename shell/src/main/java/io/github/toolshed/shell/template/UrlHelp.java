package io.github.toolshed.shell.template;

/**
 * What {@code template shell --url} without {@code --app} says: the capture runs inside the
 * application (toolshed-template-spring's {@code ModelCapture} and its
 * {@code toolshed.template.repl.url} property), so the shell needs the application's jar.
 */
final class UrlHelp {

    static final String MESSAGE = """
            --url and --app go together: --url PATH --app JAR starts the application JAR with the
            page's path; it runs the request in-process and opens this REPL on the model the view
            would have rendered with:
              template shell --url /blog/ --app demo/target/toolshed-demo.jar
            The same without the shell:
              java -jar app.jar --toolshed.template.repl.url=/blog/
              mvn spring-boot:run -Dspring-boot.run.arguments=--toolshed.template.repl.url=/blog/
            The application needs toolshed-template-spring, toolshed-template-repl and spring-test
            on its class path (see 'Context from a URL' in docs/templates.md).""";

    private UrlHelp() {}
}

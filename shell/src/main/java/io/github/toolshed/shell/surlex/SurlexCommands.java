package io.github.toolshed.shell.surlex;

import io.github.toolshed.shell.Args;
import io.github.toolshed.shell.Json;
import io.github.toolshed.shell.ShellException;
import io.github.toolshed.surlex.Surlex;
import io.github.toolshed.surlex.SurlexSyntaxException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** The {@code surlex} commands: compile a Simple URL Expression, match text with it, explain it. */
@Component
public class SurlexCommands {

    private static final String GROUP = "Surlex";

    /**
     * Prints the regular expression a surlex compiles to.
     *
     * @param context the command context
     */
    @Command(name = {"surlex", "to-regex"}, group = GROUP, description = "Print the regex a surlex compiles to",
            help = """
                    usage: surlex to-regex PATTERN

                    Prints the Java regular expression that PATTERN compiles to. A syntax error is
                    shown with a caret under the offending character (exit code 1).

                    examples:
                      surlex to-regex '/blog/<year:Y>/<slug:s>/'
                      surlex to-regex '/articles/<id=\\d+>/'
                    """)
    public void toRegex(CommandContext context) {
        String pattern = Args.exactly(context, "surlex to-regex PATTERN", "PATTERN").getFirst();
        PrintWriter out = context.outputWriter();
        out.println(compile(pattern).regex());
    }

    /**
     * Matches a subject against a surlex and prints the captures as JSON.
     *
     * @param prefix match a prefix of the subject instead of all of it
     * @param context the command context
     */
    @Command(name = {"surlex", "match"}, group = GROUP, description = "Match text and print the captures as JSON",
            help = """
                    usage: surlex match [--prefix] PATTERN SUBJECT

                    Matches all of SUBJECT (with --prefix: its beginning) against PATTERN and prints
                    the captures as one JSON object, in pattern order. Exit code 1 and a message on
                    stderr when SUBJECT does not match.

                    options:
                      --prefix   match a prefix of SUBJECT, as the original Python surlex did

                    examples:
                      surlex match '/blog/<year:Y>/<slug:s>/' /blog/2009/surlex-released/
                        {"year": "2009", "slug": "surlex-released"}
                      surlex match --prefix '/blog/<year:Y>/' /blog/2009/anything/else
                    """)
    public void match(
            @Option(longName = "prefix", description = "match a prefix of SUBJECT") boolean prefix,
            CommandContext context) {
        List<String> args = Args.exactly(context, "surlex match [--prefix] PATTERN SUBJECT", "PATTERN", "SUBJECT");
        Surlex surlex = compile(args.get(0));
        Optional<Map<String, String>> captures = prefix ? surlex.matchPrefix(args.get(1)) : surlex.match(args.get(1));
        context.outputWriter().println(Json.object(captures.orElseThrow(() -> ShellException.failure(
                "no match: " + Json.string(args.get(1)) + " does not match " + Json.string(args.get(0))
                        + (prefix ? " (as a prefix)" : "")))));
    }

    /**
     * Prints the elements of a surlex as a tree, and the regex it compiles to.
     *
     * @param context the command context
     */
    @Command(name = {"surlex", "explain"}, group = GROUP,
            description = "Show a surlex's elements as a tree and its regex",
            help = """
                    usage: surlex explain PATTERN

                    Shows each element of PATTERN (literal text, captures with their macro and
                    regex, optional sections, wildcards, anchors) as a tree, then the whole regex.
                    A syntax error is shown with a caret under the offending character (exit 1).

                    examples:
                      surlex explain '/blog/<year:Y>/(<slug:s>/)'
                      surlex explain '/files/*'
                    """)
    public void explain(CommandContext context) {
        String pattern = Args.exactly(context, "surlex explain PATTERN", "PATTERN").getFirst();
        Surlex surlex = compile(pattern);
        PrintWriter out = context.outputWriter();
        out.print(SurlexOutline.render(pattern, surlex));
    }

    private static Surlex compile(String pattern) {
        try {
            return Surlex.compile(pattern);
        } catch (SurlexSyntaxException e) {
            throw ShellException.failure("invalid pattern\n" + e.caretView());
        }
    }
}

package io.github.toolshed.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ParsedInput;

class ToolshedCommandParserTest {

    private static Command command(String name, CommandOption... options) {
        return Command.builder().name(name).options(options).execute(ctx -> {});
    }

    private final ToolshedCommandParser parser = new ToolshedCommandParser(new CommandRegistry(new java.util.HashSet<>(Set.of(
            command("surlex match", CommandOption.with().longName("prefix").type(boolean.class).build()),
            command("surlex to-regex"),
            command("template render",
                    CommandOption.with().longName("context").type(String.class).build(),
                    CommandOption.with().longName("force").shortName('f').type(boolean.class).build()),
            command("help")))));

    private static List<String> args(ParsedInput input) {
        return input.arguments().stream().map(CommandArgument::value).toList();
    }

    @Test
    void argumentsWithSpacesQuotesAndJsonArriveIntact() {
        ParsedInput input = parser.parse(List.of("surlex", "match", "/a b/<x>/", "{\"a\": [1, 2], \"b\": \"c d\"}"));
        assertThat(input.commandName()).isEqualTo("surlex");
        assertThat(input.subCommands()).containsExactly("match");
        assertThat(args(input)).containsExactly("/a b/<x>/", "{\"a\": [1, 2], \"b\": \"c d\"}");
    }

    @Test
    void optionValueIsTheNextWordWhateverItLooksLike() {
        ParsedInput input = parser.parse(List.of("template", "render", "--context", "--spring.main.x=1", "f.html"));
        assertThat(input.options()).singleElement().satisfies(o -> {
            assertThat(o.longName()).isEqualTo("context");
            assertThat(o.value()).isEqualTo("--spring.main.x=1");
        });
        assertThat(args(input)).containsExactly("f.html");
    }

    @Test
    void equalsFormKeepsEverythingAfterTheFirstEquals() {
        ParsedInput input = parser.parse(List.of("template", "render", "--context={\"a\": \"x=y\"}"));
        assertThat(input.options().getFirst().value()).isEqualTo("{\"a\": \"x=y\"}");
    }

    @Test
    void booleanOptionsTakeNoValueAndShortNamesWork() {
        ParsedInput input = parser.parse(List.of("template", "render", "-f", "file"));
        assertThat(input.options().getFirst().longName()).isEqualTo("force");
        assertThat(input.options().getFirst().value()).isEqualTo("true");
        assertThat(args(input)).containsExactly("file");
    }

    @Test
    void doubleDashEndsOptionsSoSpringLookingArgumentsPass() {
        ParsedInput input = parser.parse(List.of("surlex", "to-regex", "--", "--spring.profiles.active=x", "-h"));
        assertThat(input.options()).isEmpty();
        assertThat(args(input)).containsExactly("--spring.profiles.active=x", "-h");
    }

    @Test
    void unknownOptionIsAUsageErrorNamingIt() {
        assertThatThrownBy(() -> parser.parse(List.of("surlex", "to-regex", "--spring.main.banner-mode=off")))
                .isInstanceOfSatisfying(ShellException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE);
                    assertThat(e.getMessage()).startsWith(
                            "unknown option '--spring.main.banner-mode=off' for 'surlex to-regex'");
                });
    }

    @Test
    void unknownCommandSuggestsTheClosestOne() {
        assertThatThrownBy(() -> parser.parse(List.of("surlx", "match")))
                .hasMessage("unknown command 'surlx' (did you mean 'surlex'?); try 'help'");
    }

    @Test
    void groupWithoutSubCommandListsThem() {
        assertThatThrownBy(() -> parser.parse(List.of("surlex")))
                .hasMessage("'surlex' needs a sub-command: surlex match, surlex to-regex");
    }

    @Test
    void missingOptionValueAndRepeatedOptionAreUsageErrors() {
        assertThatThrownBy(() -> parser.parse(List.of("template", "render", "--context")))
                .hasMessage("option '--context' needs a value");
        assertThatThrownBy(() -> parser.parse(List.of("template", "render", "--context", "a", "--context=b")))
                .hasMessage("option '--context' given twice");
    }

    @Test
    void helpAnywhereAsksForHelpOnly() {
        ParsedInput input = parser.parse(List.of("surlex", "match", "x", "--help"));
        assertThat(input.options()).singleElement().satisfies(o -> assertThat(o.longName()).isEqualTo("help"));
        assertThat(input.arguments()).isEmpty();
    }

    @Test
    void interactiveLineUsesShellQuoting() {
        ParsedInput input = parser.parse("surlex match '/a b/<x>/' \"/it's \\\"here\\\"/\" back\\ slash ''");
        assertThat(args(input)).containsExactly("/a b/<x>/", "/it's \"here\"/", "back slash", "");
    }

    @Test
    void unclosedQuoteIsAUsageError() {
        assertThatThrownBy(() -> parser.parse("surlex match '/a"))
                .isInstanceOfSatisfying(ShellException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
                .hasMessage("unclosed single quote at column 14");
    }

    @Test
    void nothingIsExpanded() {
        assertThat(CommandLineTokenizer.split("echo $(rm -rf ~) `id` $HOME *"))
                .containsExactly("echo", "$(rm", "-rf", "~)", "`id`", "$HOME", "*");
    }

    @Test
    void hugeArgumentPassesThrough() {
        String big = "x ".repeat(200_000);
        assertThat(args(parser.parse(List.of("surlex", "to-regex", big)))).containsExactly(big);
    }
}

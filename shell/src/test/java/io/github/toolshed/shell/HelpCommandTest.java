package io.github.toolshed.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;

class HelpCommandTest extends ShellTestSupport {

    @Autowired
    CommandRegistry registry;

    @Test
    void overviewListsEveryCommandAndTheExitCodes() throws Exception {
        String text = String.join("\n", screen("help"));
        assertThat(text).contains("surlex to-regex", "surlex match", "surlex explain", "goto list", "goto add",
                "goto remove", "goto rename", "tunnel generate", "tunnel apply", "tunnel remove", "tunnel check",
                "Exit codes: 0 ok, 1 not found or refused, 2 usage error");
    }

    @Test
    void everyToolshedCommandHasUsageAndAnExample() {
        List<Command> ours = registry.getCommands().stream()
                .filter(c -> c.getName().matches("(surlex|goto|tunnel) .*"))
                .toList();
        assertThat(ours).hasSize(11);
        for (Command command : ours) {
            assertThat(command.getHelp()).as(command.getName())
                    .startsWith("usage: " + command.getName())
                    .containsPattern("examples?:\\n  " + command.getName());
        }
    }

    @Test
    void helpForAGroupListsItsCommandsAndUnknownIsAUsageError() throws Exception {
        assertThat(screen("help goto")).hasSize(4);
        Run run = run("help", "nope");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("toolshed: help: no command 'nope'; try 'help'\n");
    }
}

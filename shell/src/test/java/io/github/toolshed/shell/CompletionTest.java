package io.github.toolshed.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CompletionTest extends ShellTestSupport {

    @Autowired
    ToolshedCompleter completer;

    private List<String> complete(String line) {
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(null, new DefaultParser().parse(line, line.length()), candidates);
        return candidates.stream().map(Candidate::value).toList();
    }

    @Test
    void commandNamesAndSubCommands() {
        assertThat(complete("surlex to-r")).containsExactly("to-regex");
        assertThat(complete("tun")).contains("tunnel generate", "tunnel check");
    }

    @Test
    void optionsOfACommand() {
        assertThat(complete("surlex match ")).contains("--prefix");
        assertThat(complete("tunnel apply ")).contains("--remote-host", "--dry-run", "--config");
    }

    @Test
    void gotoAliasNamesForRemoveAndRename() throws Exception {
        Files.deleteIfExists(WORK.resolve("targets"));
        Path dir = Files.createDirectories(WORK.resolve("completion"));
        run("goto", "add", "project", dir.toString());
        run("goto", "add", "private", dir.toString());
        run("goto", "add", "docs", dir.toString());
        assertThat(complete("goto remove pr")).containsExactlyInAnyOrder("project", "private");
        assertThat(complete("goto rename d")).containsExactly("docs");
        assertThat(complete("goto rename docs ")).doesNotContain("docs");
    }
}

package io.github.toolshed.shell;

import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.jline.CommandCompleter;

/**
 * Tab completion: Spring Shell's completion of command names and options, plus the command's
 * own completion provider for a partly typed argument (such as a goto alias name).
 *
 * <p>Spring Shell 4.0.1's completer looks the command up by joining every word of the line,
 * the partial argument included, so a command's provider is only asked for an empty word.
 * This completer finds the command from the words before the cursor instead.
 */
public final class ToolshedCompleter extends CommandCompleter {

    private final CommandRegistry registry;

    /**
     * Creates the completer.
     *
     * @param registry the commands
     */
    public ToolshedCompleter(CommandRegistry registry) {
        super(registry);
        this.registry = registry;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        int index = line.wordIndex();
        String current = index < words.size() ? words.get(index) : "";
        Command command = index > 0 ? commandBefore(words, index) : null;
        if (command != null && !current.startsWith("-")) {
            List<CompletionProposal> proposals = command.getCompletionProvider()
                    .apply(new CompletionContext(words, index, line.wordCursor(), command, null));
            if (!proposals.isEmpty()) {
                proposals.stream()
                        .filter(p -> p.value().startsWith(current))
                        .forEach(p -> candidates.add(new Candidate(p.value(), p.displayText(), p.category(),
                                p.description(), null, null, p.complete(), 0)));
                return;
            }
        }
        super.complete(reader, line, candidates);
    }

    private Command commandBefore(List<String> words, int index) {
        for (int n = index; n > 0; n--) {
            Command command = registry.getCommandByName(String.join(" ", words.subList(0, n)));
            if (command != null) {
                return command;
            }
        }
        return null;
    }
}

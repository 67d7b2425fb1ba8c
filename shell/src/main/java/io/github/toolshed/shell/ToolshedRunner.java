package io.github.toolshed.shell;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.jline.JLineInputReader;
import org.springframework.shell.jline.PromptProvider;

/**
 * Starts the shell: with arguments, runs them as one command and remembers its exit code;
 * without, reads commands from the terminal until {@code exit}, {@code quit} or Ctrl-D.
 *
 * <p>It replaces Spring Shell's own runners, which re-split the joined arguments, log failures
 * instead of exiting non-zero, and (interactively) print only the root cause of an error.
 *
 * <p>In non-interactive mode the command's output goes to file descriptor 1 and failures to
 * file descriptor 2, both as UTF-8 whatever the locale (a path must come out byte for byte).
 * Spring Shell offers no writer for a non-interactive command, so this is the one place that
 * opens the process's standard streams; commands only see the {@code CommandContext}'s writer.
 */
public final class ToolshedRunner implements ApplicationRunner, ExitCodeGenerator {

    /** The system property set by the build's AOT training run. */
    static final String AOT_TRAINING = "toolshed.shell.aot-training";

    private final CommandDispatcher dispatcher;
    private final ObjectProvider<LineReader> lineReader;
    private final ObjectProvider<PromptProvider> prompt;
    private final ObjectProvider<AotTraining> training;
    private volatile int exitCode = ExitCodes.OK;

    /**
     * Creates the runner.
     *
     * @param dispatcher runs single commands
     * @param lineReader the JLine reader, only created for interactive use
     * @param prompt the prompt
     * @param training the steps of the build's AOT training run
     */
    public ToolshedRunner(CommandDispatcher dispatcher, ObjectProvider<LineReader> lineReader,
            ObjectProvider<PromptProvider> prompt, ObjectProvider<AotTraining> training) {
        this.dispatcher = dispatcher;
        this.lineReader = lineReader;
        this.prompt = prompt;
        this.training = training;
    }

    /**
     * Runs the process arguments as one command, or the interactive loop when there are none.
     *
     * @param args the application arguments; only the raw source arguments are used
     */
    @Override
    public void run(ApplicationArguments args) {
        List<String> words = List.of(args.getSourceArgs());
        if (words.isEmpty()) {
            interactive();
            return;
        }
        if (words.equals(List.of("--help")) || words.equals(List.of("-h"))) {
            words = List.of("help");
        }
        PrintWriter out = utf8(FileDescriptor.out);
        PrintWriter err = utf8(FileDescriptor.err);
        exitCode = dispatcher.run(words, out, err, new InputReader() {});
        out.flush();
        err.flush();
        if (Boolean.getBoolean(AOT_TRAINING)) {
            touchInteractivePath();
        }
    }

    /**
     * During the build's AOT training run, also creates what the interactive shell needs (the
     * terminal, line reader, prompt, completer) without reading a line, and runs the
     * {@link AotTraining} steps of the command groups, so the AOT cache covers the way to the
     * prompt and to the template REPL too.
     */
    private void touchInteractivePath() {
        LineReader reader = lineReader.getObject();
        prompt.getObject().getPrompt().toAnsi(reader.getTerminal());
        reader.getParser().parse("surlex to-regex '/a b/'", 10);
        reader.getHistory().size();
        training.orderedStream().forEach(step -> {
            try {
                step.train();
            } catch (RuntimeException e) {
                System.err.println("toolshed: AOT training step failed (ignored): " + e);
            }
        });
    }

    private void interactive() {
        LineReader reader = lineReader.getObject();
        PrintWriter writer = reader.getTerminal().writer();
        InputReader input = new JLineInputReader(reader);
        writer.println("Toolshed shell. Type 'help' for the commands, Tab to complete, 'exit' or Ctrl-D to leave.");
        while (true) {
            String line;
            try {
                line = reader.readLine(prompt.getObject().getPrompt().toAnsi(reader.getTerminal()));
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.equals("exit") || trimmed.equals("quit")) {
                break;
            }
            exitCode = dispatcher.runLine(line, writer, writer, input);
            writer.flush();
        }
        exitCode = ExitCodes.OK;
    }

    private static PrintWriter utf8(FileDescriptor fd) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), false);
    }

    /**
     * Returns the exit code of the command run in non-interactive mode.
     *
     * @return one of {@link ExitCodes}
     */
    @Override
    public int getExitCode() {
        return exitCode;
    }
}

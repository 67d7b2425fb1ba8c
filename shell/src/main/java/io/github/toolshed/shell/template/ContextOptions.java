package io.github.toolshed.shell.template;

import io.github.toolshed.shell.ExitCodes;
import io.github.toolshed.shell.ShellException;
import io.github.toolshed.template.repl.ReplContext;
import io.github.toolshed.template.repl.TemplateReplException;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code --context JSON} and {@code --context-file FILE} options: the initial template
 * context. Both may be given; the members of {@code --context} win over the file's.
 */
final class ContextOptions {

    private static final Pattern POSITION = Pattern.compile("^line (\\d+), column (\\d+): ");

    /** Context files larger than this are refused (a context is data for a page, not a dump). */
    static final long MAX_FILE_SIZE = 64L * 1024 * 1024;

    private ContextOptions() {}

    /**
     * Reads the context.
     *
     * @param json the {@code --context} value, or null
     * @param file the {@code --context-file} value, or null
     * @return the context values, possibly empty
     * @throws ShellException exit 2 for invalid JSON, 1 for a missing file, 3 for a read error
     */
    static Map<String, Object> read(String json, String file) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (file != null) {
            values.putAll(parse(readFile(file), file));
        }
        if (json != null) {
            values.putAll(parse(json, "--context"));
        }
        return values;
    }

    /**
     * Parses a JSON object with the REPL's reader; an error names the source, line and column and
     * shows the offending line with a caret under the column.
     */
    static Map<String, Object> parse(String json, String source) {
        try {
            return ReplContext.fromJson(json);
        } catch (TemplateReplException e) {
            String message = "invalid JSON in " + source + ": " + e.getMessage();
            Matcher at = POSITION.matcher(e.getMessage());
            if (at.find()) {
                message += "\n" + caret(json, Integer.parseInt(at.group(1)), Integer.parseInt(at.group(2)));
            }
            throw ShellException.usage(message);
        }
    }

    private static String caret(String text, int line, int column) {
        String[] lines = text.split("\n", -1);
        String shown = line >= 1 && line <= lines.length ? lines[line - 1] : "";
        if (shown.length() > 200) {
            int from = Math.max(0, Math.min(column - 100, shown.length() - 200));
            shown = shown.substring(from, from + 200);
            column -= from;
        }
        return shown + "\n" + " ".repeat(Math.max(0, Math.min(column - 1, shown.length()))) + "^";
    }

    private static String readFile(String name) {
        Path path = Path.of(name);
        try {
            if (Files.isDirectory(path)) {
                throw ShellException.failure("context file " + name + " is a directory");
            }
            if (Files.size(path) > MAX_FILE_SIZE) {
                throw ShellException.failure("context file " + name + " is larger than " + MAX_FILE_SIZE + " bytes");
            }
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw ShellException.failure("no such context file: " + name);
        } catch (MalformedInputException e) {
            throw ShellException.usage("context file " + name + " is not UTF-8 text");
        } catch (IOException e) {
            throw new ShellException(ExitCodes.IO, "cannot read context file " + name + ": " + e.getMessage(), e);
        }
    }
}

package io.github.toolshed.shell.template;

import io.github.toolshed.shell.ExitCodes;
import io.github.toolshed.shell.ShellException;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code --context JSON} and {@code --context-file FILE} options: the initial template
 * context. Both may be given; the members of {@code --context} win over the file's.
 */
final class ContextOptions {

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
            values.putAll(JsonContext.parse(readFile(file), file));
        }
        if (json != null) {
            values.putAll(JsonContext.parse(json, "--context"));
        }
        return values;
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

package io.github.toolshed.shell.template;

import io.github.toolshed.shell.ExitCodes;
import io.github.toolshed.shell.ShellException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where {@code template render} finds its file and the templates it extends or includes: a
 * template directory (the file's own directory unless {@code --templates} names one) that must
 * contain the file. The engine's file-system loader refuses template names leading outside it.
 */
final class TemplateFiles {

    /**
     * A template file inside its template directory.
     *
     * @param root the template directory (real path)
     * @param name the file's name relative to it, with {@code /} separators
     */
    record Located(Path root, String name) {}

    private TemplateFiles() {}

    /**
     * Locates a template file.
     *
     * @param file the FILE argument
     * @param templates the {@code --templates} value, or null for the file's directory
     * @return the directory and the template name
     * @throws ShellException exit 1 when the file does not exist or lies outside the directory
     */
    static Located locate(String file, String templates) {
        Path path = Path.of(file).toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw ShellException.failure(Files.isDirectory(path)
                    ? file + " is a directory, not a template file"
                    : "no such template file: " + file);
        }
        try {
            Path real = path.toRealPath();
            Path root = templates == null ? real.getParent() : directory(templates).toRealPath();
            if (!real.startsWith(root)) {
                throw ShellException.failure("template file " + file + " is outside the template directory " + templates);
            }
            return new Located(root, root.relativize(real).toString().replace(File.separatorChar, '/'));
        } catch (IOException e) {
            throw new ShellException(ExitCodes.IO, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks a {@code --templates} directory.
     *
     * @param dir the value
     * @return the directory, absolute
     * @throws ShellException exit 1 when it is not a directory
     */
    static Path directory(String dir) {
        Path path = Path.of(dir).toAbsolutePath().normalize();
        if (!Files.isDirectory(path)) {
            throw ShellException.failure("no such template directory: " + dir);
        }
        return path;
    }
}

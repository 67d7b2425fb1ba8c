package io.github.toolshed.gotocli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The shell integrations printed by {@code goto init SHELL}, kept as resources next to this
 * class ({@code init.bash}, {@code init.zsh}, {@code init.fish}). Each defines a {@code goto}
 * function that runs {@code command goto -- NAME}, and on exit status 0 changes to the
 * directory printed on standard output with {@code cd --}; the binary prints data, never code.
 */
final class ShellScripts {

    private ShellScripts() {}

    static String script(String shell) {
        String resource = switch (shell) {
            case "bash" -> "init.bash";
            case "zsh" -> "init.zsh";
            case "fish" -> "init.fish";
            default -> throw new UsageException("unknown shell '" + Cli.display(shell) + "'; choose bash, zsh or fish");
        };
        try (InputStream in = ShellScripts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

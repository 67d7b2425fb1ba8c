package io.github.toolshed.sshtunnel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether {@code ssh -G} may be run on a config: {@code ssh -G} executes {@code Match exec}
 * commands, so a file that holds one, directly or through {@code Include}, is never handed to it.
 * Includes are followed as OpenSSH does (relative paths against {@code ~/.ssh}, globs in the last
 * path part, missing files ignored, at most 16 levels); anything it cannot follow counts as unsafe.
 */
final class ExecGuard {

    private static final int MAX_DEPTH = 16;

    private ExecGuard() {}

    /**
     * Returns why ssh must not read the config, or empty when it is safe.
     *
     * @param config the parsed main file
     * @param home the user's home directory, for {@code ~} and relative includes
     * @return the reason, if unsafe
     */
    static Optional<String> unsafeReason(SshConfig config, Path home) {
        return check(config, home, 0);
    }

    private static Optional<String> check(SshConfig config, Path home, int depth) {
        if (config.hasMatchExec()) {
            return Optional.of(config.source() + " contains 'Match exec', which ssh -G would run");
        }
        if (depth >= MAX_DEPTH && !config.includes().isEmpty()) {
            return Optional.of("Include nesting deeper than " + MAX_DEPTH + " levels in " + config.source());
        }
        for (String include : config.includes()) {
            if (include.indexOf('%') >= 0 || include.indexOf('$') >= 0
                    || (include.startsWith("~") && !include.startsWith("~/"))) {
                return Optional.of("Include '" + include + "' uses tokens or variables that cannot be followed safely");
            }
            // ssh resolves "~" and relative paths with the account's home; check the given one and the JVM's
            Set<Path> homes = new LinkedHashSet<>(List.of(home, Path.of(System.getProperty("user.home"))));
            for (Path h : homes) {
                Path pattern = include.startsWith("~/") ? h.resolve(include.substring(2))
                        : include.startsWith("/") ? Path.of(include) : h.resolve(".ssh").resolve(include);
                Optional<String> reason = checkPattern(include, pattern, home, depth);
                if (reason.isPresent()) {
                    return reason;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> checkPattern(String include, Path pattern, Path home, int depth) {
        Path dir = pattern.getParent();
        String last = pattern.getFileName().toString();
        if (hasGlob(dir.toString())) {
            return Optional.of("Include '" + include + "' has wildcards in a directory part");
        }
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, last)) {
            for (Path f : files) {
                if (!Files.isRegularFile(f)) {
                    continue;
                }
                SshConfig inner;
                try {
                    inner = SshConfig.parse(Files.readString(f, StandardCharsets.UTF_8), f.toString());
                } catch (SshTunnelException | IOException e) {
                    return Optional.of("included file " + f + " cannot be read safely: " + e.getMessage());
                }
                Optional<String> reason = check(inner, home, depth + 1);
                if (reason.isPresent()) {
                    return reason;
                }
            }
        } catch (IOException e) {
            return Optional.of("cannot list " + dir + " for Include '" + include + "': " + e.getMessage());
        }
        return Optional.empty();
    }

    private static boolean hasGlob(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0;
    }
}

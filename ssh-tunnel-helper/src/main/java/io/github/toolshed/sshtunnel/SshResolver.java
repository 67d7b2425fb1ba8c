package io.github.toolshed.sshtunnel;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code ssh -T -G -F FILE ALIAS} (which parses and resolves a config without connecting) and
 * returns the resolved options. Callers must have checked the file with {@link ExecGuard} first.
 */
final class SshResolver {

    private static final long TIMEOUT_SECONDS = 20;

    private final Path ssh;

    SshResolver(Path ssh) {
        this.ssh = ssh;
    }

    /** @return the {@code ssh} executable on {@code PATH}, if any */
    static Optional<Path> findOnPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue; // an empty entry means the working directory: never run an ssh from there
            }
            Path candidate = Path.of(dir, "ssh");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Resolves an alias.
     *
     * @param configFile the file for {@code -F}
     * @param alias a validated alias
     * @return every output line's values by lower-case keyword
     * @throws SshTunnelException when ssh rejects the file (with its messages) or does not finish
     */
    Map<String, List<String>> resolve(Path configFile, String alias) {
        Validators.alias("alias", alias);
        ProcessBuilder pb = new ProcessBuilder(ssh.toString(), "-T", "-G", "-F", configFile.toString(), alias);
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        try {
            Process p = pb.start();
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new SshTunnelException("ssh -G did not finish within " + TIMEOUT_SECONDS + " s");
            }
            String stderr = new String(err.join(), StandardCharsets.UTF_8).strip();
            if (p.exitValue() != 0) {
                throw new SshTunnelException("ssh -G rejected " + configFile + " (exit " + p.exitValue() + "): " + stderr
                        + hint(stderr));
            }
            Map<String, List<String>> result = new LinkedHashMap<>();
            for (String line : new String(out, StandardCharsets.UTF_8).split("\n")) {
                int sp = line.indexOf(' ');
                if (sp > 0) {
                    result.computeIfAbsent(line.substring(0, sp), k -> new ArrayList<>()).add(line.substring(sp + 1));
                }
            }
            return result;
        } catch (IOException e) {
            throw new SshTunnelException("cannot run " + ssh + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SshTunnelException("interrupted while running ssh -G", e);
        }
    }

    /** Explains the errors an older OpenSSH gives for keywords the helper writes. */
    static String hint(String stderr) {
        String lower = stderr.toLowerCase(Locale.ROOT);
        if (lower.contains("bad configuration option: sessiontype")) {
            return " (SessionType needs OpenSSH 8.7 or newer; start the tunnel with ssh -N instead)";
        }
        if (lower.contains("bad forwarding specification") || lower.contains("bad remote forwarding")) {
            return " (forwarding to a Unix socket needs OpenSSH 6.7 or newer)";
        }
        return "";
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /**
     * Compares what ssh resolved with what a managed block asks for.
     *
     * @param resolved the output of {@link #resolve}
     * @param block the managed block
     * @return one finding per missing or different value; extra forwards are warnings
     */
    static List<ConfigChecks.Finding> compare(Map<String, List<String>> resolved, ManagedBlock block) {
        List<ConfigChecks.Finding> found = new ArrayList<>();
        for (ConfigLine l : block.body()) {
            if (l.kind() != ConfigLine.Kind.DIRECTIVE || l.is("host") || l.is("match")) {
                continue;
            }
            String value = String.join(" ", l.args());
            Optional<String> expected = Resolved.expected(l.key(), value);
            List<String> actual = resolved.getOrDefault(l.key(), List.of());
            if (expected.isEmpty()) {
                if (!actual.isEmpty()) {
                    found.add(mismatch(l, l.key() + " " + actual.getFirst()));
                }
                continue;
            }
            String want = expected.get().substring(l.key().length() + 1);
            boolean ok = actual.stream().anyMatch(a -> a.equals(want));
            if (!ok) {
                found.add(mismatch(l, actual.isEmpty() ? "(not set)" : l.key() + " " + String.join(", ", actual)));
            }
        }
        List<String> forwards = resolved.getOrDefault("remoteforward", List.of());
        long mine = block.body().stream().filter(l -> l.is("remoteforward")).count();
        if (forwards.size() > mine) {
            found.add(new ConfigChecks.Finding(false, null, "ssh resolves " + forwards.size()
                    + " RemoteForward entries for " + block.name() + ": " + String.join("; ", forwards)));
        }
        return found;
    }

    private static ConfigChecks.Finding mismatch(ConfigLine l, String actual) {
        return new ConfigChecks.Finding(true, null, "ssh -G resolves '" + actual + "' instead of '"
                + l.text().strip() + "' (line " + l.number() + "): an earlier line, an Include or the system config"
                + " overrides it");
    }
}

package io.github.toolshed.sshtunnel;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code tunnel generate|apply|remove|check} commands as plain methods returning printable
 * results and exit codes, for the shell app and the {@link TunnelCli} to call.
 *
 * <p>{@code apply} writes a managed block only after the static checks (alias and forward
 * collisions, overriding lines) pass and {@code ssh -G} (when {@code ssh} is on the path and the
 * file holds no {@code Match exec}) resolves the written values; {@code check} reports the same
 * checks for a block already in a file.
 */
public final class TunnelCommands {

    private final Path home;
    private final Optional<Path> ssh;
    private final Clock clock;

    /**
     * Creates the commands for an environment.
     *
     * @param home the user's home directory ({@code ~/.ssh/config} is the default file)
     * @param ssh the {@code ssh} executable used for {@code ssh -G}, or empty to skip that check
     * @param clock the clock for backup names
     */
    public TunnelCommands(Path home, Optional<Path> ssh, Clock clock) {
        this.home = Objects.requireNonNull(home, "home");
        this.ssh = Objects.requireNonNull(ssh, "ssh");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @return commands for the current user, with {@code ssh} from {@code PATH} and the system clock */
    public static TunnelCommands forCurrentUser() {
        return new TunnelCommands(Path.of(System.getProperty("user.home")), SshResolver.findOnPath(), Clock.systemUTC());
    }

    /**
     * Prints the snippets for the chosen sides with an explanation and the security notes.
     *
     * @param tunnel the tunnel
     * @param sides the sides to print
     * @return exit code 0 and the text
     */
    public CommandResult generate(ReverseTunnel tunnel, Set<Side> sides) {
        StringBuilder out = new StringBuilder(portWarnings(tunnel));
        for (Side side : List.of(Side.LOCAL, Side.REMOTE)) {
            if (!sides.contains(side)) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(TunnelSnippets.explain(tunnel, side)).append('\n');
            out.append(TunnelSnippets.of(tunnel, side).render("\n"));
        }
        return CommandResult.ok(out.toString());
    }

    /**
     * Applies one side's snippet to a config file as a managed block.
     *
     * @param tunnel the tunnel
     * @param side which snippet
     * @param config the file, or empty for {@code ~/.ssh/config}
     * @param dryRun print the unified diff and write nothing
     * @return the outcome
     */
    public CommandResult apply(ReverseTunnel tunnel, Side side, Optional<Path> config, boolean dryRun) {
        Path path = config.orElse(defaultConfig());
        try {
            Snippet snippet = TunnelSnippets.of(tunnel, side);
            ConfigFile file = ConfigFile.read(path);
            Edit edit = ConfigEditor.apply(file.config(), snippet);
            StringBuilder out = new StringBuilder(portWarnings(tunnel));
            edit.warnings().forEach(w -> out.append("warning: ").append(w).append('\n'));
            if (!edit.changed()) {
                return CommandResult.ok(out + "unchanged: " + path + " already holds tunnel '" + snippet.name() + "'\n");
            }
            if (dryRun) {
                return CommandResult.ok(out + edit.diff(path.getFileName().toString()));
            }
            List<String> notes = new ArrayList<>();
            boolean existed = file.exists();
            Optional<Path> backup = file.write(edit.after(), clock, candidate ->
                    validate(candidate, SshConfig.parse(edit.after(), path.toString()), snippet.name(), notes));
            notes.forEach(n -> out.append(n).append('\n'));
            out.append(existed ? "updated " : "created ").append(path)
                    .append(" with tunnel '").append(snippet.name()).append("'");
            backup.ifPresent(b -> out.append(" (backup: ").append(b.getFileName()).append(')'));
            out.append('\n');
            if (side == Side.LOCAL) {
                out.append("start it with: ssh -f -N ").append(snippet.alias()).append('\n');
            }
            return CommandResult.ok(out.toString());
        } catch (SshTunnelException e) {
            return failure(e);
        }
    }

    /**
     * Removes a managed block (with a backup).
     *
     * @param name the block's name (the alias it defines)
     * @param config the file, or empty for {@code ~/.ssh/config}
     * @param dryRun print the unified diff and write nothing
     * @return the outcome; exit code 1 when there is no such block
     */
    public CommandResult remove(String name, Optional<Path> config, boolean dryRun) {
        Path path = config.orElse(defaultConfig());
        try {
            Validators.alias("name", name);
            ConfigFile file = ConfigFile.read(path);
            Edit edit = ConfigEditor.remove(file.config(), name);
            if (dryRun) {
                return CommandResult.ok(edit.diff(path.getFileName().toString()));
            }
            Optional<Path> backup = file.write(edit.after(), clock, candidate -> {});
            return CommandResult.ok("removed tunnel '" + name + "' from " + path
                    + backup.map(b -> " (backup: " + b.getFileName() + ")").orElse("") + "\n");
        } catch (SshTunnelException e) {
            return failure(e);
        }
    }

    /**
     * Checks a managed block in place: its shape, collisions, overriding lines and {@code ssh -G}.
     *
     * @param name the block's name
     * @param config the file, or empty for {@code ~/.ssh/config}
     * @return exit code 0 when no errors were found, 1 otherwise; the findings in the output
     */
    public CommandResult check(String name, Optional<Path> config) {
        Path path = config.orElse(defaultConfig());
        try {
            Validators.alias("name", name);
            SshConfig cfg = ConfigFile.read(path).config();
            ManagedBlock block = cfg.managedBlock(name).orElseThrow(() ->
                    new SshTunnelException("no managed block '" + name + "' in " + path));
            List<ConfigChecks.Finding> findings = new ArrayList<>(ConfigChecks.shape(block));
            Optional<String> forward = block.body().stream().filter(l -> l.is("remoteforward"))
                    .map(ConfigLine::firstArg).findFirst();
            findings.addAll(ConfigChecks.collisions(cfg, name, name, "name", forward,
                    ConfigChecks.reach(ConfigChecks.values(block.body()))));
            findings.addAll(ConfigChecks.overrides(cfg, block, name));
            List<String> notes = new ArrayList<>();
            try {
                validate(path, cfg, name, notes);
            } catch (SshTunnelException e) {
                findings.add(new ConfigChecks.Finding(true, null, e.getMessage()));
            }
            StringBuilder out = new StringBuilder();
            findings.forEach(f -> out.append(f.render()).append('\n'));
            notes.forEach(n -> out.append(n).append('\n'));
            long errors = findings.stream().filter(ConfigChecks.Finding::error).count();
            if (errors > 0) {
                return CommandResult.problem(out.toString(), "tunnel '" + name + "' has " + errors + " problem(s)");
            }
            return CommandResult.ok(out + "ok: tunnel '" + name + "' in " + path + "\n");
        } catch (SshTunnelException e) {
            return failure(e);
        }
    }

    /** A syntax error in the user's file also shows the offending line with a caret. */
    private static CommandResult failure(SshTunnelException e) {
        String message = e instanceof ConfigSyntaxException syntax
                ? e.getMessage() + "\n" + syntax.caretView().indent(2).stripTrailing()
                : e.getMessage();
        return CommandResult.problem("", message);
    }

    /** Runs ssh -G for the block's alias when it is safe and possible; throws on a mismatch. */
    private void validate(Path file, SshConfig cfg, String name, List<String> notes) {
        if (ssh.isEmpty()) {
            notes.add("note: ssh not found on PATH; ssh -G validation skipped");
            return;
        }
        Optional<String> unsafe = ExecGuard.unsafeReason(cfg, home);
        if (unsafe.isPresent()) {
            notes.add("note: ssh -G not run: " + unsafe.get());
            return;
        }
        ManagedBlock block = cfg.managedBlock(name).orElseThrow();
        Map<String, List<String>> resolved = new SshResolver(ssh.get()).resolve(file, name);
        List<ConfigChecks.Finding> findings = SshResolver.compare(resolved, block);
        for (ConfigChecks.Finding f : findings) {
            if (f.error()) {
                throw new SshTunnelException("ssh -G check failed: " + f.message());
            }
            notes.add("warning: " + f.message());
        }
        notes.add("ssh -G: " + name + " resolves to the managed values");
        List<String> alias = resolved.getOrDefault("hostkeyalias", List.of());
        if (!alias.isEmpty() && block.body().stream().anyMatch(l -> l.is("hostkeyalias"))) {
            List<Path> files = resolved.getOrDefault("userknownhostsfile", List.of()).stream()
                    .flatMap(v -> Arrays.stream(v.split(" ")))
                    .map(Path::of)
                    .toList();
            if (!KnownHosts.pinned(files, alias.getFirst())) {
                notes.add("warning: no host key for '" + alias.getFirst() + "' in " + files + ": with"
                        + " StrictHostKeyChecking yes ssh refuses to connect until you add the line '"
                        + alias.getFirst() + " <the laptop's host public key>'");
            }
        }
    }

    /** Ports the server may refuse or lose: privileged ones, and Linux's ephemeral range. */
    static String portWarnings(ReverseTunnel tunnel) {
        if (!(tunnel.forward() instanceof Forward.Tcp(int port))) {
            return "";
        }
        if (port < 1024) {
            return "warning: port " + port + " is below 1024: only root may listen on it on the server\n";
        }
        if (port >= 32768 && port <= 60999) {
            return "warning: port " + port + " is in Linux's ephemeral range (32768-60999): outgoing connections on"
                    + " the server may take it first\n";
        }
        return "";
    }

    private Path defaultConfig() {
        return home.resolve(".ssh").resolve("config");
    }
}

package io.github.toolshed.sshtunnel;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Command-line front end: parses {@code generate|apply|remove|check} arguments into calls on
 * {@link TunnelCommands}. Usable as {@code java -cp ... io.github.toolshed.sshtunnel.TunnelCli}.
 */
public final class TunnelCli {

    /** The usage text printed with usage errors and {@code --help}. */
    public static final String USAGE = """
            usage: tunnel generate --remote-host H [--remote-user U] [--remote-port N] [--remote-alias A]
                                   [--local-alias L] [--local-user V] [--local-ssh-port N]
                                   [--port P | --socket PATH] [--proxy nc|socat] [--side local|remote|both]
                   tunnel apply    (options of generate, --side local|remote) [--config FILE] [--dry-run]
                   tunnel remove   NAME [--config FILE] [--dry-run]
                   tunnel check    NAME [--config FILE]
            """;

    private static final Set<String> TUNNEL_OPTIONS = Set.of("remote-host", "remote-user", "remote-port",
            "remote-alias", "local-alias", "local-user", "local-ssh-port", "port", "socket", "proxy", "side");
    private static final Set<String> FLAGS = Set.of("dry-run", "help");

    private final TunnelCommands commands;

    /**
     * Creates a front end over commands.
     *
     * @param commands the commands to call
     */
    public TunnelCli(TunnelCommands commands) {
        this.commands = commands;
    }

    /**
     * Runs the CLI for the current user and exits with the command's exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        CommandResult r = new TunnelCli(TunnelCommands.forCurrentUser()).run(List.of(args));
        PrintStream out = System.out;
        out.print(r.out());
        out.flush();
        System.err.print(r.err());
        System.exit(r.exitCode());
    }

    /**
     * Runs one command line.
     *
     * @param args e.g. {@code ["apply", "--remote-host", "example.org", "--dry-run"]}
     * @return the result; exit code 2 for a usage error
     */
    public CommandResult run(List<String> args) {
        if (args.isEmpty() || args.getFirst().equals("--help") || args.getFirst().equals("help")) {
            return args.isEmpty() ? CommandResult.usage("missing command") : CommandResult.ok(USAGE);
        }
        String command = args.getFirst();
        Map<String, String> options = new HashMap<>();
        List<String> positional = new ArrayList<>();
        Set<String> allowed = switch (command) {
            case "generate" -> TUNNEL_OPTIONS;
            case "apply" -> union(TUNNEL_OPTIONS, Set.of("config"));
            case "remove", "check" -> Set.of("config");
            default -> null;
        };
        if (allowed == null) {
            return CommandResult.usage("unknown command '" + command + "'" + suggest(command,
                    Set.of("generate", "apply", "remove", "check"), ""));
        }
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--")) {
                positional.add(a);
                continue;
            }
            String name = a.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            boolean flag = FLAGS.contains(name) && (!name.equals("dry-run") || !command.equals("generate"));
            if (!flag && !allowed.contains(name)) {
                return CommandResult.usage("unknown option --" + name + " for " + command + suggest(name, allowed, "--"));
            }
            if (flag) {
                value = "true";
            } else if (value == null) {
                if (i + 1 >= args.size()) {
                    return CommandResult.usage("option --" + name + " needs a value");
                }
                value = args.get(++i);
            }
            if (options.put(name, value) != null) {
                return CommandResult.usage("option --" + name + " given twice");
            }
        }
        if (options.containsKey("help")) {
            return CommandResult.ok(USAGE);
        }
        Optional<Path> config = Optional.ofNullable(options.get("config")).map(Path::of);
        boolean dryRun = options.containsKey("dry-run");
        try {
            return switch (command) {
                case "generate" -> positional.isEmpty()
                        ? commands.generate(tunnel(options), sides(options.getOrDefault("side", "both")))
                        : CommandResult.usage("generate takes no arguments, got '" + positional.getFirst() + "'");
                case "apply" -> applyCommand(options, positional, config, dryRun);
                case "remove" -> positional.size() == 1 ? commands.remove(positional.getFirst(), config, dryRun)
                        : CommandResult.usage("remove needs exactly one NAME");
                default -> positional.size() == 1 ? commands.check(positional.getFirst(), config)
                        : CommandResult.usage("check needs exactly one NAME");
            };
        } catch (SshTunnelException e) {
            return CommandResult.problem("", e.getMessage());
        }
    }

    private CommandResult applyCommand(Map<String, String> options, List<String> positional, Optional<Path> config,
            boolean dryRun) {
        if (!positional.isEmpty()) {
            return CommandResult.usage("apply takes no arguments, got '" + positional.getFirst() + "'");
        }
        Set<Side> sides = sides(options.getOrDefault("side", "local"));
        if (sides.size() != 1) {
            return CommandResult.usage("apply writes one file: choose --side local or --side remote");
        }
        return commands.apply(tunnel(options), sides.iterator().next(), config, dryRun);
    }

    /** Builds the tunnel from options; each builder call validates and names its field. */
    static ReverseTunnel tunnel(Map<String, String> o) {
        ReverseTunnel.Builder b = ReverseTunnel.builder();
        if (!o.containsKey("remote-host")) {
            throw SshTunnelException.invalid("remote-host", "is required");
        }
        b.remoteHost(o.get("remote-host"));
        Optional.ofNullable(o.get("remote-user")).ifPresent(b::remoteUser);
        Optional.ofNullable(o.get("remote-port")).ifPresent(v -> b.remotePort(Validators.port("remote-port", v)));
        Optional.ofNullable(o.get("remote-alias")).ifPresent(b::remoteAlias);
        Optional.ofNullable(o.get("local-alias")).ifPresent(b::localAlias);
        Optional.ofNullable(o.get("local-user")).ifPresent(b::localUser);
        Optional.ofNullable(o.get("local-ssh-port")).ifPresent(v -> b.localSshPort(Validators.port("local-ssh-port", v)));
        Optional.ofNullable(o.get("port")).ifPresent(v -> b.port(Validators.port("port", v)));
        Optional.ofNullable(o.get("socket")).ifPresent(b::socket);
        Optional.ofNullable(o.get("proxy")).ifPresent(v -> b.proxyTool(switch (v) {
            case "nc" -> ProxyTool.NC;
            case "socat" -> ProxyTool.SOCAT;
            default -> throw SshTunnelException.invalid("proxy", Validators.quote(v) + " is not one of nc, socat");
        }));
        return b.build();
    }

    static Set<Side> sides(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "local" -> EnumSet.of(Side.LOCAL);
            case "remote" -> EnumSet.of(Side.REMOTE);
            case "both" -> EnumSet.of(Side.LOCAL, Side.REMOTE);
            default -> throw SshTunnelException.invalid("side", Validators.quote(value) + " is not one of local, remote, both");
        };
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> s = new HashSet<>(a);
        s.addAll(b);
        return s;
    }

    /** A "did you mean" for a near miss (edit distance at most 2). */
    static String suggest(String given, Set<String> known, String prefix) {
        return known.stream()
                .filter(k -> distance(given, k) <= 2)
                .sorted()
                .findFirst()
                .map(k -> " (did you mean " + prefix + k + "?)")
                .orElse("");
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

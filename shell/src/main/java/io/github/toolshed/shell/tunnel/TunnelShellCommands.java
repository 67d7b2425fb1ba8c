package io.github.toolshed.shell.tunnel;

import io.github.toolshed.shell.Args;
import io.github.toolshed.shell.ShellException;
import io.github.toolshed.sshtunnel.CommandResult;
import io.github.toolshed.sshtunnel.ProxyTool;
import io.github.toolshed.sshtunnel.ReverseTunnel;
import io.github.toolshed.sshtunnel.Side;
import io.github.toolshed.sshtunnel.TunnelCommands;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * The {@code tunnel} commands: generate reverse-tunnel ssh_config snippets, apply them to a
 * config file as a managed block, remove and check them. The work is done by the
 * ssh-tunnel-helper library's {@link TunnelCommands}; these methods map options to it.
 */
@Component
public class TunnelShellCommands {

    private static final String GROUP = "Tunnel";
    private static final String TUNNEL_OPTIONS = """
              --remote-host H      the server's host name or IP (required)
              --remote-user U      your user on the server
              --remote-port N      the server's sshd port
              --remote-alias A     the Host alias of the server (default: first label of H);
                                   the forward lives on A-tunnel, never on A itself
              --local-alias L      the Host alias the server uses to reach back (default: local)
              --local-user V       your user on this machine, used from the server
              --local-ssh-port N   this machine's sshd port (default 22)
              --port P             TCP port opened on the server's loopback
              --socket PATH        forward through a Unix socket instead of a TCP port (safer:
                                   only your user on the server can reach it)
              --proxy nc|socat     the tool the server side uses to reach the socket
            """;

    private final TunnelCommands commands;

    /**
     * Creates the commands.
     *
     * @param commands the library's tunnel commands
     */
    public TunnelShellCommands(TunnelCommands commands) {
        this.commands = commands;
    }

    /**
     * Prints the local and/or remote ssh_config snippets with an explanation.
     *
     * @param remoteHost the server's host name
     * @param remoteUser the user on the server
     * @param remotePort the server's sshd port
     * @param remoteAlias the server's Host alias
     * @param localAlias the alias the server uses for this machine
     * @param localUser the user on this machine
     * @param localSshPort this machine's sshd port
     * @param port the forwarded TCP port
     * @param socket the forwarded Unix socket
     * @param proxy the proxy tool for the socket variant
     * @param side which snippets to print
     * @param context the command context
     */
    @Command(name = {"tunnel", "generate"}, group = GROUP,
            description = "Print the ssh_config snippets of a reverse tunnel",
            help = """
                    usage: tunnel generate --remote-host H [--remote-user U] [--remote-alias A]
                                           [--local-alias L] [--local-user V] [--port P | --socket PATH]
                                           [--side local|remote|both]

                    Prints the snippet for this machine's ~/.ssh/config (a dedicated A-tunnel alias
                    carrying 'RemoteForward 127.0.0.1:P localhost:22', ExitOnForwardFailure and
                    keep-alives) and the snippet for the server's ~/.ssh/config (a 'Host L' that
                    comes back through the tunnel with its own HostKeyAlias), with what each line
                    does and the security notes. Every value is checked against a strict pattern:
                    nothing you type can add a config line.

                    options:
                    """ + TUNNEL_OPTIONS + """
                      --side S             local, remote or both (default both)

                    examples:
                      tunnel generate --remote-host example.org --remote-user me --port 8022
                      tunnel generate --remote-host example.org --socket /home/me/.ssh/laptop.sock --side remote
                    """)
    public void generate(
            @Option(longName = "remote-host", description = "the server's host name or IP") String remoteHost,
            @Option(longName = "remote-user", description = "your user on the server") String remoteUser,
            @Option(longName = "remote-port", description = "the server's sshd port") Integer remotePort,
            @Option(longName = "remote-alias", description = "the Host alias of the server") String remoteAlias,
            @Option(longName = "local-alias", description = "the alias the server uses for this machine") String localAlias,
            @Option(longName = "local-user", description = "your user on this machine") String localUser,
            @Option(longName = "local-ssh-port", description = "this machine's sshd port") Integer localSshPort,
            @Option(longName = "port", description = "TCP port opened on the server's loopback") Integer port,
            @Option(longName = "socket", description = "Unix socket path on the server") String socket,
            @Option(longName = "proxy", description = "nc or socat") String proxy,
            @Option(longName = "side", description = "local, remote or both", defaultValue = "both") String side,
            CommandContext context) {
        Args.exactly(context, "tunnel generate --remote-host H [options]");
        ReverseTunnel tunnel = TunnelSpec.build(remoteHost, remoteUser, remotePort, remoteAlias, localAlias, localUser,
                localSshPort, port, socket, proxy);
        print(context, commands.generate(tunnel, sides(side)));
    }

    /**
     * Writes one side's snippet into an ssh config file as a managed block.
     *
     * @param remoteHost the server's host name
     * @param remoteUser the user on the server
     * @param remotePort the server's sshd port
     * @param remoteAlias the server's Host alias
     * @param localAlias the alias the server uses for this machine
     * @param localUser the user on this machine
     * @param localSshPort this machine's sshd port
     * @param port the forwarded TCP port
     * @param socket the forwarded Unix socket
     * @param proxy the proxy tool for the socket variant
     * @param side which file this is
     * @param config the config file
     * @param dryRun print a diff instead of writing
     * @param context the command context
     */
    @Command(name = {"tunnel", "apply"}, group = GROUP,
            description = "Write a tunnel snippet into an ssh config file",
            help = """
                    usage: tunnel apply --remote-host H [tunnel options] [--side local|remote]
                                        [--config FILE] [--dry-run]

                    Inserts or updates the snippet as a managed block (begin/end markers naming the
                    tunnel) placed before any 'Host *' block, so first-value-wins cannot override
                    it. Applying twice changes nothing. Before writing it checks that the alias is
                    not defined elsewhere and the port is not used by another tunnel, and, when ssh
                    is installed, that 'ssh -G' resolves the result. The old file is kept as a
                    backup, the write is atomic and the mode stays 0600.

                    options:
                    """ + TUNNEL_OPTIONS + """
                      --side S             local (default) or remote: which machine's config this is
                      --config FILE        the config file (default ~/.ssh/config)
                      --dry-run            print a unified diff and write nothing

                    examples:
                      tunnel apply --remote-host example.org --port 8022 --dry-run
                      tunnel apply --remote-host example.org --port 8022 --side remote --config ./server-config
                    """)
    public void apply(
            @Option(longName = "remote-host", description = "the server's host name or IP") String remoteHost,
            @Option(longName = "remote-user", description = "your user on the server") String remoteUser,
            @Option(longName = "remote-port", description = "the server's sshd port") Integer remotePort,
            @Option(longName = "remote-alias", description = "the Host alias of the server") String remoteAlias,
            @Option(longName = "local-alias", description = "the alias the server uses for this machine") String localAlias,
            @Option(longName = "local-user", description = "your user on this machine") String localUser,
            @Option(longName = "local-ssh-port", description = "this machine's sshd port") Integer localSshPort,
            @Option(longName = "port", description = "TCP port opened on the server's loopback") Integer port,
            @Option(longName = "socket", description = "Unix socket path on the server") String socket,
            @Option(longName = "proxy", description = "nc or socat") String proxy,
            @Option(longName = "side", description = "local or remote", defaultValue = "local") String side,
            @Option(longName = "config", description = "the ssh config file") String config,
            @Option(longName = "dry-run", description = "print a diff, write nothing") boolean dryRun,
            CommandContext context) {
        Args.exactly(context, "tunnel apply --remote-host H [options]");
        Set<Side> sides = sides(side);
        if (sides.size() != 1) {
            throw ShellException.usage("apply writes one file: choose --side local or --side remote");
        }
        ReverseTunnel tunnel = TunnelSpec.build(remoteHost, remoteUser, remotePort, remoteAlias, localAlias, localUser,
                localSshPort, port, socket, proxy);
        print(context, commands.apply(tunnel, sides.iterator().next(), file(config), dryRun));
    }

    /**
     * Removes a tunnel's managed block from a config file.
     *
     * @param config the config file
     * @param dryRun print a diff instead of writing
     * @param context the command context
     */
    @Command(name = {"tunnel", "remove"}, group = GROUP, description = "Remove a tunnel's managed block",
            help = """
                    usage: tunnel remove NAME [--config FILE] [--dry-run]

                    Removes the managed block of tunnel NAME (as shown in its begin marker) from
                    the config file, keeping a backup. Exit code 1 if there is no such block.

                    options:
                      --config FILE   the config file (default ~/.ssh/config)
                      --dry-run       print a unified diff and write nothing

                    example:
                      tunnel remove example-tunnel
                    """)
    public void remove(
            @Option(longName = "config", description = "the ssh config file") String config,
            @Option(longName = "dry-run", description = "print a diff, write nothing") boolean dryRun,
            CommandContext context) {
        String name = Args.exactly(context, "tunnel remove NAME [--config FILE] [--dry-run]", "NAME").getFirst();
        print(context, commands.remove(name, file(config), dryRun));
    }

    /**
     * Validates a tunnel's managed block.
     *
     * @param config the config file
     * @param context the command context
     */
    @Command(name = {"tunnel", "check"}, group = GROUP, description = "Validate a tunnel in a config file",
            help = """
                    usage: tunnel check NAME [--config FILE]

                    Checks the managed block of tunnel NAME: that it is placed before any 'Host *',
                    that nothing earlier overrides its options, that its port is not used twice,
                    and (when ssh is installed) what 'ssh -G' resolves. Exit code 1 on a problem.

                    options:
                      --config FILE   the config file (default ~/.ssh/config)

                    example:
                      tunnel check example-tunnel --config ./ssh-config
                    """)
    public void check(
            @Option(longName = "config", description = "the ssh config file") String config,
            CommandContext context) {
        String name = Args.exactly(context, "tunnel check NAME [--config FILE]", "NAME").getFirst();
        print(context, commands.check(name, file(config)));
    }

    private static Optional<Path> file(String config) {
        return Optional.ofNullable(config).map(Path::of);
    }

    private static Set<Side> sides(String side) {
        return switch (side.toLowerCase(Locale.ROOT)) {
            case "local" -> EnumSet.of(Side.LOCAL);
            case "remote" -> EnumSet.of(Side.REMOTE);
            case "both" -> EnumSet.of(Side.LOCAL, Side.REMOTE);
            default -> throw ShellException.usage("--side must be local, remote or both, was '" + side + "'");
        };
    }

    private static void print(CommandContext context, CommandResult result) {
        PrintWriter out = context.outputWriter();
        out.print(result.out());
        out.flush();
        if (result.exitCode() != CommandResult.OK) {
            throw new ShellException(result.exitCode(), result.err().strip());
        }
        if (!result.err().isEmpty()) {
            out.print(result.err());
        }
    }

    /** Maps option values to the library's validating builder. */
    static final class TunnelSpec {

        private TunnelSpec() {}

        static ReverseTunnel build(String remoteHost, String remoteUser, Integer remotePort, String remoteAlias,
                String localAlias, String localUser, Integer localSshPort, Integer port, String socket, String proxy) {
            if (remoteHost == null) {
                throw ShellException.usage("missing --remote-host");
            }
            if (port != null && socket != null) {
                throw ShellException.usage("choose one of --port and --socket");
            }
            ReverseTunnel.Builder b = ReverseTunnel.builder().remoteHost(remoteHost);
            Optional.ofNullable(remoteUser).ifPresent(b::remoteUser);
            Optional.ofNullable(remotePort).ifPresent(b::remotePort);
            Optional.ofNullable(remoteAlias).ifPresent(b::remoteAlias);
            Optional.ofNullable(localAlias).ifPresent(b::localAlias);
            Optional.ofNullable(localUser).ifPresent(b::localUser);
            Optional.ofNullable(localSshPort).ifPresent(b::localSshPort);
            Optional.ofNullable(port).ifPresent(b::port);
            Optional.ofNullable(socket).ifPresent(b::socket);
            if (proxy != null) {
                b.proxyTool(switch (proxy) {
                    case "nc" -> ProxyTool.NC;
                    case "socat" -> ProxyTool.SOCAT;
                    default -> throw ShellException.usage("--proxy must be nc or socat, was '" + proxy + "'");
                });
            }
            return b.build();
        }
    }
}

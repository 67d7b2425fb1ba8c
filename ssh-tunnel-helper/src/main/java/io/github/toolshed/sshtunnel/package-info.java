/**
 * Reverse ssh tunnels, generated as ssh_config snippets and applied safely to config files.
 *
 * <p>How the pieces fit:
 *
 * <ol>
 *   <li>{@link io.github.toolshed.sshtunnel.ReverseTunnel} holds what a tunnel connects; its builder
 *       checks every value against strict allow-lists (aliases, host names, users, ports, socket
 *       paths), so nothing can inject config lines.
 *   <li>{@link io.github.toolshed.sshtunnel.TunnelSnippets} turns it into two
 *       {@link io.github.toolshed.sshtunnel.Snippet}s: the laptop's dedicated {@code <remote>-tunnel}
 *       alias carrying the {@code RemoteForward}, and the server's alias for the laptop. Snippets
 *       only hold {@link io.github.toolshed.sshtunnel.Directive}s from a fixed keyword allow-list.
 *   <li>{@link io.github.toolshed.sshtunnel.SshConfig} parses a config file with OpenSSH's rules and
 *       keeps it byte for byte; {@link io.github.toolshed.sshtunnel.ConfigEditor} inserts, updates or
 *       removes a snippet as a {@link io.github.toolshed.sshtunnel.ManagedBlock} before any
 *       {@code Host *}, after collision and override checks, producing an
 *       {@link io.github.toolshed.sshtunnel.Edit} with a unified diff.
 *   <li>{@link io.github.toolshed.sshtunnel.ConfigFile} writes the result atomically with a backup
 *       and mode 0600, after {@code ssh -G} has resolved the candidate (never on a file with
 *       {@code Match exec}).
 *   <li>{@link io.github.toolshed.sshtunnel.TunnelCommands} offers generate/apply/remove/check as
 *       methods returning a {@link io.github.toolshed.sshtunnel.CommandResult};
 *       {@link io.github.toolshed.sshtunnel.TunnelCli} parses command lines for them.
 * </ol>
 *
 * <p>Every failure is a {@link io.github.toolshed.sshtunnel.SshTunnelException}.
 */
package io.github.toolshed.sshtunnel;

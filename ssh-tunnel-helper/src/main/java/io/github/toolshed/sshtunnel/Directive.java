package io.github.toolshed.sshtunnel;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One generated {@code Keyword value} line. Keywords come from a fixed allow-list, never from
 * input: {@code Match}, {@code Include}, {@code LocalCommand}, {@code RemoteCommand},
 * {@code KnownHostsCommand} and {@code PermitLocalCommand} cannot be written at all, and
 * {@code ProxyCommand} only in the fixed socket form built by {@link ProxyTool}.
 *
 * @param keyword the keyword, in OpenSSH's spelling
 * @param value the value, already validated
 */
public record Directive(String keyword, String value) {

    /** The keywords the helper writes, in OpenSSH's spelling, by lower-case name. */
    static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("hostname", "HostName"),
            Map.entry("user", "User"),
            Map.entry("port", "Port"),
            Map.entry("remoteforward", "RemoteForward"),
            Map.entry("exitonforwardfailure", "ExitOnForwardFailure"),
            Map.entry("serveraliveinterval", "ServerAliveInterval"),
            Map.entry("serveralivecountmax", "ServerAliveCountMax"),
            Map.entry("sessiontype", "SessionType"),
            Map.entry("controlmaster", "ControlMaster"),
            Map.entry("controlpath", "ControlPath"),
            Map.entry("forwardagent", "ForwardAgent"),
            Map.entry("hostkeyalias", "HostKeyAlias"),
            Map.entry("stricthostkeychecking", "StrictHostKeyChecking"),
            Map.entry("proxycommand", "ProxyCommand"),
            Map.entry("proxyjump", "ProxyJump"));

    /**
     * Checks the keyword against the allow-list and the value against config-breaking characters.
     *
     * @param keyword the keyword
     * @param value the value
     */
    public Directive {
        if (!keyword.equals(ALLOWED.get(keyword.toLowerCase(Locale.ROOT)))) {
            throw new SshTunnelException("keyword " + Validators.quote(keyword) + " is not one the helper writes");
        }
        Validators.requireText(keyword, value);
        if (keyword.equals("ProxyCommand") && !isFixedProxyCommand(value)) {
            throw new SshTunnelException("ProxyCommand: only 'nc -U PATH' or 'socat - UNIX-CONNECT:PATH' with a valid"
                    + " socket path is written, not " + Validators.quote(value));
        }
        if (keyword.equals("ProxyJump") && !value.equals("none")) {
            throw new SshTunnelException("ProxyJump: only 'none' is written, not " + Validators.quote(value));
        }
        boolean spacesAllowed = keyword.equals("RemoteForward") || keyword.equals("ProxyCommand");
        for (char c : value.toCharArray()) {
            if ("\"'\\#=%$`;&|<>(){}".indexOf(c) >= 0 || (c == ' ' && !spacesAllowed)) {
                throw new SshTunnelException(keyword + ": value " + Validators.quote(value)
                        + " contains a character the helper never writes");
            }
        }
    }

    private static boolean isFixedProxyCommand(String value) {
        String path = value.startsWith("nc -U ") ? value.substring(6)
                : value.startsWith("socat - UNIX-CONNECT:") ? value.substring(21) : null;
        if (path == null) {
            return false;
        }
        try {
            Validators.socketPath("socket", path);
            return true;
        } catch (SshTunnelException e) {
            return false;
        }
    }

    /** @return the line as written inside a Host block */
    String render() {
        return "    " + keyword + " " + value;
    }

    /**
     * Returns what {@code ssh -G} prints for this directive (lower-case keyword and value), or
     * empty when ssh prints nothing for it (e.g. {@code ControlPath none}).
     *
     * @return the expected {@code ssh -G} line
     */
    Optional<String> resolvedLine() {
        return Resolved.expected(keyword.toLowerCase(Locale.ROOT), value);
    }
}

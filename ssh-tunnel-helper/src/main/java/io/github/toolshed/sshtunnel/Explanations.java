package io.github.toolshed.sshtunnel;

/** The human-readable text printed next to generated snippets: usage, launchers and the security notes. */
final class Explanations {

    private Explanations() {}

    static String local(ReverseTunnel t) {
        String tunnel = t.tunnelAlias();
        StringBuilder sb = new StringBuilder();
        sb.append("Laptop side: add to ~/.ssh/config on the laptop (tunnel apply --side local).\n");
        sb.append("  The forward lives on the dedicated alias '").append(tunnel).append("'; your login alias '")
                .append(t.remoteAlias()).append("' stays untouched, so git, rsync and second logins are not affected.\n");
        sb.append("  Start:      ssh -f -N ").append(tunnel)
                .append("   (goes to the background only once the forward is up)\n");
        sb.append("  Keep alive: AUTOSSH_GATETIME=0 autossh -M 0 -N ").append(tunnel).append('\n');
        sb.append("         or: while :; do ssh -N ").append(tunnel).append("; sleep 10; done\n");
        sb.append("  The laptop's sshd must listen on 127.0.0.1:").append(t.localSshPort())
                .append(" and offer the sftp subsystem (scp uses SFTP since OpenSSH 9.0).\n");
        switch (t.forward()) {
            case Forward.Tcp tcp -> {
                sb.append("  The server listens on 127.0.0.1:").append(tcp.port())
                        .append(" only; if that port is taken, the tunnel exits instead of running without a forward.\n");
                sb.append("  Security: every local user on the server can connect to 127.0.0.1:").append(tcp.port())
                        .append(" and reach your sshd, and such connections look local to the laptop.\n")
                        .append("  Prefer --socket PATH, which only the server user can open.\n");
            }
            case Forward.Socket socket -> {
                String path = socket.path();
                sb.append("  The server creates ").append(path).append(" with mode 0600: only your server user can use it.\n");
                sb.append("  Its directory ").append(path, 0, path.lastIndexOf('/') + 1)
                        .append(" must exist on the server (mode 0700); sshd does not create it.\n");
                sb.append("  The server's sshd_config needs 'StreamLocalBindUnlink yes' (admin, may go in a Match User block),\n")
                        .append("  or a dropped tunnel leaves a stale socket that makes the next start fail:\n")
                        .append("  then remove it first (ssh ").append(t.remoteAlias()).append(" rm -f ").append(path)
                        .append(").\n");
            }
        }
        sb.append("  Limit the server's key in the laptop's ~/.ssh/authorized_keys:\n")
                .append("    restrict,from=\"127.0.0.1,::1\" <server user's public key>\n");
        return sb.toString();
    }

    static String remote(ReverseTunnel t) {
        String alias = t.localAlias();
        StringBuilder sb = new StringBuilder();
        sb.append("Server side: add to ~/.ssh/config on the server (tunnel apply --side remote).\n");
        sb.append("  Pin the laptop's host key (no trust on first use) with a line in the server's ~/.ssh/known_hosts:\n")
                .append("    ").append(alias).append(" <contents of the laptop's /etc/ssh/ssh_host_ed25519_key.pub>\n")
                .append("  made on the laptop with:  echo \"").append(alias)
                .append(" $(cut -d' ' -f1,2 /etc/ssh/ssh_host_ed25519_key.pub)\"\n");
        sb.append("  HostKeyAlias keeps this key apart from every other 'localhost:PORT' entry in known_hosts.\n");
        if (t.forward() instanceof Forward.Socket) {
            sb.append("  The server needs '").append(t.proxyTool() == ProxyTool.NC ? "nc -U" : "socat")
                    .append("' (Debian package ").append(t.proxyTool().debianPackage()).append(").\n");
        }
        sb.append("  While the tunnel is up:  ssh ").append(alias).append("   scp FILE ").append(alias).append(":\n");
        return sb.toString();
    }
}

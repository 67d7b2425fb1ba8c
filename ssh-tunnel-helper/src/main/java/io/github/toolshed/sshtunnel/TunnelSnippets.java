package io.github.toolshed.sshtunnel;

import java.util.ArrayList;
import java.util.List;

/**
 * Generates the two sides of a {@link ReverseTunnel}.
 *
 * <p>The laptop gets a dedicated {@code <remote>-tunnel} alias carrying the forward, so the user's
 * normal login alias (and git, rsync, second logins) never request it. The server gets an alias for
 * the laptop with a pinned host key under a unique {@code HostKeyAlias}.
 */
public final class TunnelSnippets {

    private TunnelSnippets() {}

    /**
     * Builds the laptop's block:
     * {@code Host <remote>-tunnel} with HostName, User, Port, a {@code RemoteForward} bound
     * explicitly to the server's 127.0.0.1 (or a socket), {@code ExitOnForwardFailure yes},
     * keep-alives, no session, no connection sharing and no agent forwarding.
     *
     * @param t the tunnel
     * @return the snippet
     */
    public static Snippet localSide(ReverseTunnel t) {
        List<Directive> d = new ArrayList<>();
        d.add(new Directive("HostName", t.remoteHost()));
        t.remoteUser().ifPresent(u -> d.add(new Directive("User", u)));
        t.remotePort().ifPresent(p -> d.add(new Directive("Port", Integer.toString(p))));
        d.add(new Directive("RemoteForward", t.forward().listenSpec() + " 127.0.0.1:" + t.localSshPort()));
        d.add(new Directive("ExitOnForwardFailure", "yes"));
        d.add(new Directive("ServerAliveInterval", Integer.toString(t.serverAliveInterval())));
        d.add(new Directive("ServerAliveCountMax", Integer.toString(t.serverAliveCountMax())));
        d.add(new Directive("SessionType", "none"));
        d.add(new Directive("ControlMaster", "no"));
        d.add(new Directive("ControlPath", "none"));
        d.add(new Directive("ForwardAgent", "no"));
        return new Snippet(Side.LOCAL, t.tunnelAlias(), "remote-alias", d);
    }

    /**
     * Builds the server's block: {@code Host <local alias>} reaching the laptop through
     * {@code 127.0.0.1:<port>} (TCP, with {@code ProxyJump none}) or a fixed {@code ProxyCommand}
     * through the socket (which also wins over any later {@code ProxyJump}), with
     * {@code HostKeyAlias <local alias>} and {@code StrictHostKeyChecking yes}.
     *
     * @param t the tunnel
     * @return the snippet
     */
    public static Snippet remoteSide(ReverseTunnel t) {
        List<Directive> d = new ArrayList<>();
        switch (t.forward()) {
            case Forward.Tcp tcp -> {
                d.add(new Directive("HostName", "127.0.0.1"));
                d.add(new Directive("Port", Integer.toString(tcp.port())));
                // a later "Host *" with ProxyJump would otherwise send the connection elsewhere
                d.add(new Directive("ProxyJump", "none"));
            }
            case Forward.Socket socket -> {
                d.add(new Directive("HostName", t.localAlias()));
                d.add(new Directive("ProxyCommand", t.proxyTool().command(socket)));
            }
        }
        t.localUser().ifPresent(u -> d.add(new Directive("User", u)));
        d.add(new Directive("HostKeyAlias", t.localAlias()));
        d.add(new Directive("StrictHostKeyChecking", "yes"));
        return new Snippet(Side.REMOTE, t.localAlias(), "local-alias", d);
    }

    /**
     * Returns the snippet for one side.
     *
     * @param t the tunnel
     * @param side the side
     * @return the snippet
     */
    public static Snippet of(ReverseTunnel t, Side side) {
        return side == Side.LOCAL ? localSide(t) : remoteSide(t);
    }

    /**
     * Explains a snippet for people: where it goes, how to start or use it, and what to secure.
     *
     * @param t the tunnel
     * @param side the side
     * @return several lines of text
     */
    public static String explain(ReverseTunnel t, Side side) {
        return side == Side.LOCAL ? Explanations.local(t) : Explanations.remote(t);
    }
}

package io.github.toolshed.sshtunnel;

import java.util.Locale;
import java.util.Optional;

/**
 * How {@code ssh -G} (OpenSSH 9.x) prints the values the helper writes: booleans become
 * {@code yes}/{@code true}/{@code false} depending on the keyword, forward addresses are bracketed,
 * {@code ControlPath none} and {@code ProxyJump none} disappear, host names and host key aliases are lower-cased.
 */
final class Resolved {

    private Resolved() {}

    static Optional<String> expected(String key, String value) {
        String v = switch (key) {
            case "controlpath", "proxyjump" -> value.equalsIgnoreCase("none") ? null : value;
            case "controlmaster" -> value.equalsIgnoreCase("no") ? "false" : value.toLowerCase(Locale.ROOT);
            case "stricthostkeychecking" -> value.equalsIgnoreCase("yes") ? "true" : value.toLowerCase(Locale.ROOT);
            case "hostname", "hostkeyalias", "exitonforwardfailure", "forwardagent", "sessiontype" ->
                value.toLowerCase(Locale.ROOT);
            case "remoteforward" -> remoteForward(value);
            default -> value;
        };
        return Optional.ofNullable(v).map(x -> key + " " + x);
    }

    /** {@code 127.0.0.1:8022 127.0.0.1:22} prints as {@code [127.0.0.1]:8022 [127.0.0.1]:22}. */
    private static String remoteForward(String value) {
        String[] parts = value.split(" ");
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            int colon = p.lastIndexOf(':');
            if (p.startsWith("/") || colon < 0) {
                sb.append(p);
            } else {
                sb.append('[').append(p, 0, colon).append("]:").append(p.substring(colon + 1));
            }
        }
        return sb.toString();
    }

    /**
     * Returns the listen side of a {@code RemoteForward}: a socket path or a TCP port number.
     *
     * @param firstArg the first argument of the line ({@code 8022}, {@code 127.0.0.1:8022},
     *     {@code [::1]:8022}, {@code /path.sock} or the legacy {@code 8022:host:22})
     * @return the path, or the port as text
     */
    static String listenKey(String firstArg) {
        if (firstArg.startsWith("/")) {
            return firstArg;
        }
        String s = firstArg;
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            s = close >= 0 && close + 1 < s.length() ? s.substring(close + 2) : s;
        }
        String[] parts = s.split(":", -1);
        // "port", "bind:port", legacy "port:host:hostport" or "bind:port:host:hostport"
        return switch (parts.length) {
            case 1, 3 -> parts[0];
            default -> parts[1];
        };
    }
}

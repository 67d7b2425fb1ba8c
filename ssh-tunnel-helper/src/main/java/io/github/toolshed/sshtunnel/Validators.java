package io.github.toolshed.sshtunnel;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Strict checks for every value that ends up in a generated config. Values are never quoted or
 * escaped: anything outside these allow-lists is refused, with a message naming the field.
 */
final class Validators {

    static final int MAX_SOCKET_PATH_BYTES = 100;
    private static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9._][A-Za-z0-9._-]{0,31}");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern SOCKET = Pattern.compile("[A-Za-z0-9._/-]+");
    private static final Pattern DIGITS = Pattern.compile("[1-9][0-9]{0,4}");

    private Validators() {}

    static boolean isAlias(String value) {
        return ALIAS.matcher(value).matches();
    }

    static String alias(String field, String value) {
        requireText(field, value);
        if (!isAlias(value)) {
            throw SshTunnelException.invalid(field, quote(value)
                    + " is not a valid alias: use 1-63 characters from A-Z a-z 0-9 . _ -, starting with a letter or digit"
                    + " (no spaces, wildcards, '!', '%', '@', '#' or quotes)");
        }
        return value;
    }

    static String user(String field, String value) {
        requireText(field, value);
        if (!USER.matcher(value).matches()) {
            throw SshTunnelException.invalid(field, quote(value)
                    + " is not a valid user name: use 1-32 characters from A-Z a-z 0-9 . _ -, not starting with '-'");
        }
        return value;
    }

    static String hostName(String field, String value) {
        requireText(field, value);
        if (value.indexOf(':') >= 0) {
            if (!isIpv6(value)) {
                throw SshTunnelException.invalid(field, quote(value) + " is not a valid IPv6 address");
            }
            return value;
        }
        String[] labels = value.split("\\.", -1);
        boolean numeric = value.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'));
        if (numeric) {
            if (!isIpv4(labels)) {
                throw SshTunnelException.invalid(field, quote(value) + " is not a valid IPv4 address");
            }
            return value;
        }
        if (value.length() > 253) {
            throw SshTunnelException.invalid(field, "host name is longer than 253 characters");
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw SshTunnelException.invalid(field, quote(value) + " is not a valid host name: use a DNS name"
                        + " (labels of A-Z a-z 0-9 and inner '-', separated by single dots) or an IP address");
            }
        }
        return value;
    }

    static int port(String field, String value) {
        requireText(field, value);
        if (!DIGITS.matcher(value).matches() || Integer.parseInt(value) > 65535) {
            throw SshTunnelException.invalid(field, quote(value) + " is not a port: use a decimal number from 1 to 65535");
        }
        return Integer.parseInt(value);
    }

    static int port(String field, int value) {
        if (value < 1 || value > 65535) {
            throw SshTunnelException.invalid(field, value + " is not a port: use a number from 1 to 65535");
        }
        return value;
    }

    static int range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw SshTunnelException.invalid(field, value + " is out of range " + min + "-" + max);
        }
        return value;
    }

    static String socketPath(String field, String value) {
        requireText(field, value);
        if (!value.startsWith("/")) {
            throw SshTunnelException.invalid(field, quote(value) + " must be an absolute path (sshd resolves relative"
                    + " paths against its own working directory and does not expand '~')");
        }
        if (!SOCKET.matcher(value).matches()) {
            throw SshTunnelException.invalid(field, quote(value) + " may only contain A-Z a-z 0-9 . _ / -"
                    + " (no spaces, '%', '$', '~', ':', quotes or '#')");
        }
        if (value.getBytes(StandardCharsets.UTF_8).length > MAX_SOCKET_PATH_BYTES) {
            throw SshTunnelException.invalid(field, "path is longer than " + MAX_SOCKET_PATH_BYTES
                    + " bytes (Unix socket paths are limited to 104-108 bytes)");
        }
        for (String part : value.substring(1).split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                throw SshTunnelException.invalid(field, quote(value)
                        + " must be a plain path to a file (no empty, '.' or '..' parts, no trailing '/')");
            }
        }
        return value;
    }

    /** Rejects null, empty, control characters (C0, DEL, C1) and unpaired surrogates (not encodable as UTF-8). */
    static void requireText(String field, String value) {
        if (value == null || value.isEmpty()) {
            throw SshTunnelException.invalid(field, "must not be empty");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                throw SshTunnelException.invalid(field, "contains a control character "
                        + String.format("(U+%04X)", (int) c) + " at position " + (i + 1));
            }
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1));
                if (!paired) {
                    throw SshTunnelException.invalid(field, "is not valid Unicode (unpaired surrogate at position "
                            + (i + 1) + ")");
                }
                i++;
            }
        }
    }

    private static boolean isIpv4(String[] parts) {
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.startsWith("0")) || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIpv6(String value) {
        if (!value.matches("[0-9A-Fa-f:]{2,39}")) {
            return false;
        }
        int gap = value.indexOf("::");
        if (gap >= 0 && value.indexOf("::", gap + 1) >= 0) {
            return false;
        }
        if (value.contains(":::")) {
            return false;
        }
        String trimmed = gap >= 0 ? value.replace("::", ":x:") : value;
        String[] groups = trimmed.split(":", -1);
        int count = 0;
        for (String g : groups) {
            if (g.equals("x")) {
                continue;
            }
            if (g.isEmpty()) {
                if (gap < 0) {
                    return false;
                }
                continue;
            }
            if (g.length() > 4) {
                return false;
            }
            count++;
        }
        return gap >= 0 ? count <= 7 : count == 8;
    }

    /** Shows a rejected value safely: control characters never reach the terminal raw. */
    static String quote(String value) {
        StringBuilder sb = new StringBuilder("\"");
        String shown = value.length() > 80 ? value.substring(0, 80) + "..." : value;
        for (char c : shown.toCharArray()) {
            sb.append(c < 0x20 || c == 0x7f || c == '"' || c == '\\' ? String.format("\\u%04x", (int) c) : c);
        }
        return sb.append('"').toString();
    }
}

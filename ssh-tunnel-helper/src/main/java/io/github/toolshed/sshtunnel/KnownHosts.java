package io.github.toolshed.sshtunnel;

import io.github.toolshed.sshtunnel.internal.HostPatterns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Looks a host name up in {@code known_hosts} files, as ssh would before trusting a key: plain
 * names and patterns ({@code *}, {@code ?}, {@code !}, comma-separated) and hashed entries
 * ({@code |1|salt|hmac-sha1}). Used to tell the user when a tunnelled host key is not pinned yet.
 */
final class KnownHosts {

    private KnownHosts() {}

    /**
     * Tells whether any of the files has a (non-revoked) key line for the name.
     *
     * @param files the {@code UserKnownHostsFile} values (missing files are skipped)
     * @param host the name ssh looks up (the {@code HostKeyAlias})
     * @return true when a line names it
     */
    static boolean pinned(List<Path> files, String host) {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                continue;
            }
            try {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (matches(line, host)) {
                        return true;
                    }
                }
            } catch (IOException e) {
                // an unreadable file pins nothing
            }
        }
        return false;
    }

    static boolean matches(String line, String host) {
        String[] fields = line.strip().split("\\s+");
        if (fields.length < 3 || fields[0].startsWith("#")) {
            return false;
        }
        String hosts = fields[0];
        if (hosts.startsWith("@")) {
            if (hosts.equals("@revoked") || fields.length < 4) {
                return false;
            }
            hosts = fields[1];
        }
        if (hosts.startsWith("|1|")) {
            return hashedMatch(hosts, host);
        }
        // ssh compares host names in known_hosts in lower case
        return HostPatterns.matches(List.of(hosts.toLowerCase(Locale.ROOT).split(",")), host.toLowerCase(Locale.ROOT));
    }

    private static boolean hashedMatch(String entry, String host) {
        String[] parts = entry.split("\\|");
        if (parts.length != 4) {
            return false;
        }
        try {
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(salt, "HmacSHA1"));
            byte[] actual = mac.doFinal(host.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(actual, expected);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }
}

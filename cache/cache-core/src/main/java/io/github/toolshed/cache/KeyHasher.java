package io.github.toolshed.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Hashes a sequence of strings into a fixed-length key without delimiter ambiguity: each part is
 * fed to SHA-256 as a 4-byte length (or -1 for null) followed by its UTF-8 bytes, so
 * {@code ("a:", "b")} and {@code ("a", ":b")} can never produce the same key.
 */
final class KeyHasher {

    private static final HexFormat HEX = HexFormat.of();

    /** Cloning a prototype skips the provider lookup that {@code getInstance} does on every call. */
    private static final MessageDigest PROTOTYPE = sha256();

    private final MessageDigest digest;

    private KeyHasher() {
        MessageDigest copy;
        try {
            copy = (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            copy = sha256();
        }
        this.digest = copy;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new CacheException("SHA-256 is not available in this JVM", e);
        }
    }

    /** Starts a new hash; instances are cheap and single-use. */
    static KeyHasher start(String domain) {
        return new KeyHasher().add(domain);
    }

    KeyHasher add(String part) {
        if (part == null) {
            addLength(-1);
            return this;
        }
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        addLength(bytes.length);
        digest.update(bytes);
        return this;
    }

    KeyHasher add(int value) {
        addLength(value);
        return this;
    }

    private void addLength(int length) {
        digest.update((byte) (length >>> 24));
        digest.update((byte) (length >>> 16));
        digest.update((byte) (length >>> 8));
        digest.update((byte) length);
    }

    /** Returns the hash as 64 lower-case hex digits. */
    String hex() {
        return HEX.formatHex(digest.digest());
    }

    /** Returns the first 64 bits of the hash. */
    long longHash() {
        byte[] bytes = digest.digest();
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (bytes[i] & 0xff);
        }
        return value;
    }
}

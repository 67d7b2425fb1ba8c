package io.github.toolshed.demo.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Who may use the admin page: HTTP Basic credentials compared in constant time, and, for every
 * purge, a form token plus a same-origin check so another site cannot make an admin's browser
 * purge (the browser would send the Basic credentials on its own).
 *
 * <p>Both the expected and the given secrets are hashed with SHA-256 before
 * {@link MessageDigest#isEqual} compares them, so neither the content nor the length of the
 * password leaks through timing. The form token is 256 random bits drawn at start-up; it is only
 * ever written into the admin page, which other origins cannot read.
 */
final class AdminGuard {

    /** The challenge sent with a 401. */
    static final String CHALLENGE = "Basic realm=\"Toolshed cache admin\", charset=\"UTF-8\"";

    private final byte[] username;
    private final byte[] password;
    private final String formToken;

    AdminGuard(String username, String password) {
        if (username.isEmpty() || username.indexOf(':') >= 0) {
            throw new IllegalArgumentException("toolshed.demo.admin.username must be non-empty without ':', was '"
                    + username + "'");
        }
        if (password.isBlank()) {
            throw new IllegalArgumentException("toolshed.demo.admin.password must not be blank");
        }
        this.username = sha256(username);
        this.password = sha256(password);
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.formToken = HexFormat.of().formatHex(random);
    }

    /** True when the request carries the admin's Basic credentials. */
    boolean authenticated(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return false;
        }
        boolean user = MessageDigest.isEqual(username, sha256(decoded.substring(0, colon)));
        boolean pass = MessageDigest.isEqual(password, sha256(decoded.substring(colon + 1)));
        return user & pass;
    }

    /** The token every purge form carries. */
    String formToken() {
        return formToken;
    }

    /** True when a submitted form token is this guard's token. */
    boolean validToken(String submitted) {
        return submitted != null
                && MessageDigest.isEqual(sha256(formToken), sha256(submitted));
    }

    /**
     * True unless the browser says the request comes from another site: {@code Sec-Fetch-Site}
     * must be same-origin (or none, typed by hand), and an {@code Origin} header must name this
     * server.
     */
    boolean sameOrigin(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort = scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        String self = scheme + "://" + request.getServerName().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        return origin.toLowerCase(Locale.ROOT).equals(self);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

package io.github.toolshed.cache;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts a query string into one canonical form: pairs decoded, sorted by name then value, and
 * re-encoded, so {@code ?b=2&a=1} and {@code ?a=%31&b=2} share one entry.
 */
final class QueryCanonicalizer {

    private static final int MAX_QUERY_LENGTH = 4096;

    private QueryCanonicalizer() {}

    /**
     * Returns the canonical query, empty for none.
     *
     * @throws IllegalArgumentException for malformed percent-encoding, invalid UTF-8 or an
     *     over-long query
     */
    static String canonicalize(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        if (raw.length() > MAX_QUERY_LENGTH) {
            throw new IllegalArgumentException("query too long");
        }
        List<String[]> pairs = new ArrayList<>();
        for (String part : raw.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String name = decode(eq < 0 ? part : part.substring(0, eq));
            String value = eq < 0 ? "" : decode(part.substring(eq + 1));
            pairs.add(new String[] {name, value});
        }
        pairs.sort((a, b) -> {
            int byName = a[0].compareTo(b[0]);
            return byName != 0 ? byName : a[1].compareTo(b[1]);
        });
        StringBuilder out = new StringBuilder(raw.length() + 8);
        for (String[] pair : pairs) {
            if (!out.isEmpty()) {
                out.append('&');
            }
            out.append(URLEncoder.encode(pair[0], StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(pair[1], StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    /** Decodes one component strictly: bad escapes and invalid UTF-8 are refused. */
    static String decode(String component) {
        String decoded = URLDecoder.decode(component, StandardCharsets.UTF_8);
        if (decoded.indexOf('\uFFFD') >= 0 && component.indexOf('\uFFFD') < 0) {
            throw new IllegalArgumentException("invalid UTF-8 in query");
        }
        return decoded;
    }
}

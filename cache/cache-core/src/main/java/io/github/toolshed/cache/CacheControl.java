package io.github.toolshed.cache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The directives of a response's {@code Cache-Control} headers that matter to a shared cache.
 * Unknown directives are ignored; a malformed number makes the directive count as absent,
 * except for {@code s-maxage}/{@code max-age} whose malformed values mean zero (do not store).
 */
record CacheControl(
        boolean isPrivate,
        boolean noStore,
        boolean noCache,
        boolean mustRevalidate,
        Duration sMaxAge,
        Duration maxAge,
        Duration staleWhileRevalidate,
        Duration staleIfError) {

    static CacheControl parse(Collection<String> headers) {
        boolean isPrivate = false;
        boolean noStore = false;
        boolean noCache = false;
        boolean mustRevalidate = false;
        Duration sMaxAge = null;
        Duration maxAge = null;
        Duration swr = null;
        Duration sie = null;
        for (String header : headers) {
            for (String directive : splitDirectives(header)) {
                int eq = directive.indexOf('=');
                String name = (eq < 0 ? directive : directive.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
                String value = eq < 0 ? null : unquote(directive.substring(eq + 1).trim());
                switch (name) {
                    case "private" -> isPrivate = true;
                    case "no-store" -> noStore = true;
                    case "no-cache" -> noCache = true;
                    case "must-revalidate", "proxy-revalidate" -> mustRevalidate = true;
                    case "s-maxage" -> sMaxAge = seconds(value, Duration.ZERO);
                    case "max-age" -> maxAge = seconds(value, Duration.ZERO);
                    case "stale-while-revalidate" -> swr = seconds(value, null);
                    case "stale-if-error" -> sie = seconds(value, null);
                    default -> {
                        // Other directives do not change what a shared cache may do here.
                    }
                }
            }
        }
        return new CacheControl(isPrivate, noStore, noCache, mustRevalidate, sMaxAge, maxAge, swr, sie);
    }

    /** Splits on commas outside quoted strings ({@code private="a, b"} is one directive). */
    private static List<String> splitDirectives(String header) {
        List<String> parts = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                parts.add(header.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(header.substring(start));
        return parts;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static Duration seconds(String value, Duration whenMalformed) {
        if (value == null || value.isEmpty() || value.length() > 10) {
            return whenMalformed;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return whenMalformed;
            }
        }
        return Duration.ofSeconds(Long.parseLong(value));
    }
}

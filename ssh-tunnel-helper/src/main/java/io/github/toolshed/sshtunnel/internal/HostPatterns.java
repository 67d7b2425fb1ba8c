package io.github.toolshed.sshtunnel.internal;

import java.util.List;

/**
 * OpenSSH's {@code Host} line matching: whitespace-separated patterns with {@code *} and {@code ?},
 * a leading {@code !} negates, matching is case-sensitive (OpenSSH 9.2 matches the name as typed).
 */
public final class HostPatterns {

    private HostPatterns() {}

    /**
     * Tells whether a {@code Host} line's patterns select a host name.
     *
     * @param patterns the arguments of the {@code Host} line
     * @param host the name given to ssh
     * @return true when a positive pattern matches and no negated pattern does
     */
    public static boolean matches(List<String> patterns, String host) {
        boolean matched = false;
        for (String pattern : patterns) {
            boolean negated = pattern.startsWith("!");
            String p = negated ? pattern.substring(1) : pattern;
            if (glob(p, 0, host, 0)) {
                if (negated) {
                    return false;
                }
                matched = true;
            }
        }
        return matched;
    }

    /**
     * Tells whether a pattern is a plain name (no wildcard, no negation).
     *
     * @param pattern one {@code Host} pattern
     * @return true for a literal name
     */
    public static boolean isLiteral(String pattern) {
        return !pattern.startsWith("!") && pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0;
    }

    /** Iterative glob match with backtracking on the last {@code *}; linear in practice. */
    static boolean glob(String p, int pi, String s, int si) {
        int starP = -1;
        int starS = -1;
        while (si < s.length()) {
            if (pi < p.length() && (p.charAt(pi) == '?' || p.charAt(pi) == s.charAt(si))) {
                pi++;
                si++;
            } else if (pi < p.length() && p.charAt(pi) == '*') {
                starP = pi++;
                starS = si;
            } else if (starP >= 0) {
                pi = starP + 1;
                si = ++starS;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '*') {
            pi++;
        }
        return pi == p.length();
    }
}

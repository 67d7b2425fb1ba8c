package io.github.toolshed.cache;

import java.util.List;
import java.util.Objects;

/**
 * The key of a cached template fragment: the fragment name in clear (so a whole fragment can be
 * purged) plus a hash of its {@code vary_on} values, as in Django's
 * {@code make_template_fragment_key} but without its ambiguity: every value is hashed with its
 * type and length, so {@code ("a:b")} and {@code ("a", "b")}, or {@code null} and {@code "None"},
 * never share a key.
 *
 * @param name the fragment name, e.g. {@code sidebar}
 * @param varyHash 64 hex digits of SHA-256 over the vary-on values
 */
public record FragmentKey(String name, String varyHash) {

    /** Validates the name (letters, digits, {@code _ - . :}, at most 200 characters). */
    public FragmentKey {
        checkName(name);
        Objects.requireNonNull(varyHash, "varyHash");
    }

    /**
     * Builds the key of a fragment from its name and vary-on values, which are hashed by their
     * string form and type ({@code null}, strings, numbers and booleans are all distinct).
     *
     * @param name the fragment name
     * @param varyOn the values the fragment varies on, in order
     * @return the key
     * @throws CacheException if the name is malformed
     */
    public static FragmentKey of(String name, List<?> varyOn) {
        checkName(name);
        KeyHasher hasher = KeyHasher.start("toolshed-fragment-v1").add(name).add(varyOn.size());
        for (Object value : varyOn) {
            hasher.add(value == null ? null : value.getClass().getName()).add(value == null ? null : value.toString());
        }
        return new FragmentKey(name, hasher.hex());
    }

    /**
     * Builds the key of a fragment that varies on nothing.
     *
     * @param name the fragment name
     * @return the key
     */
    public static FragmentKey of(String name) {
        return of(name, List.of());
    }

    /**
     * Returns the key as one string, {@code template.cache.<name>.<hash>}, for stores that need one.
     *
     * @return the string form
     */
    public String asString() {
        return "template.cache." + name + "." + varyHash;
    }

    private static void checkName(String name) {
        if (name == null || name.isEmpty() || name.length() > 200) {
            throw new CacheException("a fragment name must be 1 to 200 characters, was " + name);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ':';
            if (!ok) {
                throw new CacheException("a fragment name may only contain letters, digits, '_', '-', '.' and ':', was " + name);
            }
        }
    }
}

package io.github.toolshed.template.filters;

import java.io.ByteArrayOutputStream;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Python's {@code urllib.parse} quoting and Django's IRI and "smart" URL quoting. */
final class UrlQuoting {

    private static final String ALWAYS_SAFE =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~";
    private static final String HEX = "0123456789ABCDEF";
    private static final String SMART_SAFE = "!$&'()*+,;=" + ":/?#[]@" + "~";

    private UrlQuoting() {}

    /** Python's {@code quote(s, safe)}: percent-encodes the UTF-8 bytes outside the safe set. */
    static String quote(String s, String safe) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            int v = b & 0xff;
            if (v < 128 && (ALWAYS_SAFE.indexOf(v) >= 0 || safe.indexOf(v) >= 0)) {
                out.append((char) v);
            } else {
                out.append('%').append(HEX.charAt(v >> 4)).append(HEX.charAt(v & 15));
            }
        }
        return out.toString();
    }

    /** Python's {@code quote_plus(s, safe='')}: as quote, with spaces as {@code +}. */
    static String quotePlus(String s) {
        return quote(s, " ").replace(' ', '+');
    }

    /** Python's {@code unquote}: decodes %XX sequences as UTF-8 (invalid bytes become U+FFFD). */
    static String unquote(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                pending.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                flush(pending, out);
                out.append(c);
                i++;
            }
        }
        flush(pending, out);
        return out.toString();
    }

    private static void flush(ByteArrayOutputStream pending, StringBuilder out) {
        if (pending.size() > 0) {
            out.append(new String(pending.toByteArray(), StandardCharsets.UTF_8));
            pending.reset();
        }
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** Django's {@code iri_to_uri}: quotes everything but the characters URIs allow. */
    static String iriToUri(String iri) {
        return quote(iri, "/#%[]=:;$&()+,!?*@'~");
    }

    /** Django's {@code smart_urlquote}: quotes a URL unless already quoted, IDN host to ASCII. */
    static String smartUrlquote(String url) {
        String[] parts = urlsplit(url);
        if (parts == null) {
            return unquoteQuote(url);
        }
        String netloc;
        try {
            netloc = punycode(parts[1]);
        } catch (IllegalArgumentException e) {
            return unquoteQuote(url);
        }
        String query = parts[3];
        if (!query.isEmpty()) {
            StringBuilder encoded = new StringBuilder();
            for (String[] pair : parseQsl(query)) {
                encoded.append(encoded.isEmpty() ? "" : "&")
                        .append(quotePlus(unquote(pair[0])))
                        .append('=')
                        .append(quotePlus(unquote(pair[1])));
            }
            query = encoded.toString();
        }
        return urlunsplit(parts[0], netloc, unquoteQuote(parts[2]), query, unquoteQuote(parts[4]));
    }

    private static String unquoteQuote(String segment) {
        return quote(unquote(segment), SMART_SAFE);
    }

    /** Python's {@code parse_qsl(query, keep_blank_values=True)}: pairs split on {@code &}. */
    private static List<String[]> parseQsl(String query) {
        List<String[]> pairs = new ArrayList<>();
        for (String field : query.split("&", -1)) {
            if (field.isEmpty()) {
                continue;
            }
            int eq = field.indexOf('=');
            String name = eq < 0 ? field : field.substring(0, eq);
            String value = eq < 0 ? "" : field.substring(eq + 1);
            pairs.add(new String[] {unquote(name.replace('+', ' ')), unquote(value.replace('+', ' '))});
        }
        return pairs;
    }

    /**
     * Python's {@code urlsplit}: scheme (lower-cased), netloc, path, query, fragment; null when the
     * netloc has unbalanced IPv6 brackets (Python raises ValueError).
     */
    static String[] urlsplit(String url) {
        String scheme = "";
        String rest = url;
        int colon = url.indexOf(':');
        if (colon > 0 && isAsciiLetter(url.charAt(0))) {
            boolean valid = true;
            for (int i = 0; i < colon; i++) {
                char c = url.charAt(i);
                if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) {
                    valid = false;
                    break;
                }
            }
            if (valid) {
                scheme = url.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
                rest = url.substring(colon + 1);
            }
        }
        String netloc = "";
        if (rest.startsWith("//")) {
            int end = rest.length();
            for (char delim : new char[] {'/', '?', '#'}) {
                int at = rest.indexOf(delim, 2);
                if (at >= 0 && at < end) {
                    end = at;
                }
            }
            netloc = rest.substring(2, end);
            rest = rest.substring(end);
            if ((netloc.contains("[") && !netloc.contains("]")) || (netloc.contains("]") && !netloc.contains("["))) {
                return null;
            }
        }
        String fragment = "";
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            fragment = rest.substring(hash + 1);
            rest = rest.substring(0, hash);
        }
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        return new String[] {scheme, netloc, rest, query, fragment};
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static String urlunsplit(String scheme, String netloc, String path, String query, String fragment) {
        String url = path;
        if (!netloc.isEmpty() || (!scheme.isEmpty() && USES_NETLOC.contains(scheme) && !url.startsWith("//"))) {
            if (!url.isEmpty() && !url.startsWith("/")) {
                url = "/" + url;
            }
            url = "//" + netloc + url;
        }
        if (!scheme.isEmpty()) {
            url = scheme + ":" + url;
        }
        if (!query.isEmpty()) {
            url = url + "?" + query;
        }
        if (!fragment.isEmpty()) {
            url = url + "#" + fragment;
        }
        return url;
    }

    private static final List<String> USES_NETLOC = List.of(
            "", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file", "mms", "https", "shttp", "snews",
            "prospero", "rtsp", "rtspu", "rsync", "svn", "svn+ssh", "sftp", "nfs", "git", "git+ssh", "ws", "wss");

    /**
     * Python's {@code domain.encode('idna')}: ASCII labels unchanged, others to {@code xn--} form.
     *
     * @throws IllegalArgumentException where Python raises UnicodeError (empty or long labels)
     */
    static String punycode(String domain) {
        boolean ascii = domain.chars().allMatch(c -> c < 128);
        String[] labels = domain.split("[.\u3002\uff0e\uff61]", -1);
        StringBuilder out = new StringBuilder(domain.length() + 8);
        for (int i = 0; i < labels.length; i++) {
            String label = labels[i];
            boolean last = i == labels.length - 1;
            if (label.isEmpty()) {
                if (last && i > 0) {
                    out.append('.');
                    continue;
                }
                if (ascii && last) {
                    continue;
                }
                throw new IllegalArgumentException("label empty or too long");
            }
            String encoded = label.chars().allMatch(c -> c < 128) ? label : IDN.toASCII(label, IDN.ALLOW_UNASSIGNED);
            if (encoded.isEmpty() || encoded.length() > 63) {
                throw new IllegalArgumentException("label empty or too long");
            }
            out.append(i == 0 ? "" : ".").append(encoded);
        }
        return out.toString();
    }
}

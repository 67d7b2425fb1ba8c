package io.github.toolshed.cache.nginx;

import io.github.toolshed.cache.CacheException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Generates a Varnish 4.1 VCL for Varnish in front of the page filter.
 *
 * <p>The VCL caches only responses that carry {@code Surrogate-Control: max-age=N} (added to
 * stored pages by {@link SurrogateHeadersStore}), for N seconds, so the application decides what
 * Varnish may share; it never caches responses with {@code Set-Cookie}. Requests other than GET
 * and HEAD, with {@code Authorization} or with a session cookie pass to the application. From the
 * allowed addresses, {@code PURGE <url>} removes one URL ({@link VarnishPurger} sends it on every
 * purge) and {@code BAN} with an {@code X-Ban-Tag} header removes every object whose
 * {@code Surrogate-Key} contains that tag. Surrogate headers are removed before delivery.
 */
public final class VarnishConfig {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_.:-]+");
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9.:-]+");

    private VarnishConfig() {}

    /**
     * Generates the VCL.
     *
     * @param appHost the application's host, e.g. {@code 127.0.0.1}
     * @param appPort the application's port
     * @param purgers the addresses allowed to PURGE and BAN, e.g. {@code 127.0.0.1}
     * @param sessionCookies the cookie names that mark a personal request
     * @return the VCL text
     * @throws CacheException if an argument could inject VCL
     */
    public static String vcl(String appHost, int appPort, List<String> purgers, List<String> sessionCookies) {
        check(ADDRESS, appHost, "appHost");
        if (appPort < 1 || appPort > 65535) {
            throw new CacheException("appPort must be 1 to 65535, was " + appPort);
        }
        StringBuilder vcl = new StringBuilder();
        vcl.append("vcl 4.1;\n\nimport std;\n\n");
        vcl.append("backend app {\n    .host = \"").append(appHost).append("\";\n    .port = \"").append(appPort).append("\";\n}\n\n");
        vcl.append("acl purgers {\n");
        for (String purger : purgers) {
            check(ADDRESS, purger, "purger");
            vcl.append("    \"").append(purger).append("\";\n");
        }
        vcl.append("}\n\n");
        vcl.append("sub vcl_recv {\n");
        vcl.append("    if (req.method == \"PURGE\" || req.method == \"BAN\") {\n");
        vcl.append("        if (client.ip !~ purgers) {\n            return (synth(405, \"Not allowed\"));\n        }\n");
        vcl.append("        if (req.method == \"PURGE\") {\n            return (purge);\n        }\n");
        vcl.append("        if (req.http.X-Ban-Tag !~ \"^[A-Za-z0-9_.:/-]+$\") {\n");
        vcl.append("            return (synth(400, \"X-Ban-Tag must be a tag\"));\n        }\n");
        vcl.append("        ban(\"obj.http.Surrogate-Key ~ (^|\\s)\" + regsuball(req.http.X-Ban-Tag, \"\\.\", \"\\\\.\") + \"($|\\s)\");\n");
        vcl.append("        return (synth(200, \"Banned\"));\n    }\n");
        vcl.append("    if (req.method != \"GET\" && req.method != \"HEAD\") {\n        return (pass);\n    }\n");
        vcl.append("    if (req.http.Authorization) {\n        return (pass);\n    }\n");
        for (String cookie : sessionCookies) {
            check(TOKEN, cookie, "session cookie");
            vcl.append("    if (req.http.Cookie ~ \"(^|;)\\s*").append(cookie.replace(".", "\\.")).append("=\") {\n        return (pass);\n    }\n");
        }
        vcl.append("    return (hash);\n}\n\n");
        vcl.append("sub vcl_backend_response {\n");
        vcl.append("    if (beresp.http.Set-Cookie || beresp.http.Surrogate-Control !~ \"max-age=[0-9]+\") {\n");
        vcl.append("        set beresp.uncacheable = true;\n        set beresp.ttl = 0s;\n        return (deliver);\n    }\n");
        vcl.append("    set beresp.ttl = std.duration(regsub(beresp.http.Surrogate-Control, \"^.*max-age=([0-9]+).*$\", \"\\1\") + \"s\", 0s)\n");
        vcl.append("        - std.duration(beresp.http.Age + \"s\", 0s);\n");
        vcl.append("    set beresp.grace = 0s;\n    return (deliver);\n}\n\n");
        vcl.append("sub vcl_deliver {\n    unset resp.http.Surrogate-Control;\n    unset resp.http.Surrogate-Key;\n}\n");
        return vcl.toString();
    }

    private static void check(Pattern pattern, String value, String name) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new CacheException(name + " may not be used in a VCL: " + value);
        }
    }
}

package io.github.toolshed.cache.nginx;

import io.github.toolshed.cache.CacheException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Generates nginx {@code server {}} blocks (for memcached, with the {@code upstream {}} block it
 * uses; both belong in nginx's {@code http {}} context) that serve published pages without
 * reaching the application, and pass everything else to it.
 *
 * <p>Both are tuned the way a front should be: nginx keeps idle connections to memcached open
 * ({@code keepalive}) instead of connecting per request, and caches open files and their
 * symbolic-link checks for one second ({@code open_file_cache}), so a purged file may still be
 * served for up to one second after the publisher deleted it.
 *
 * <p>Both blocks send to the application, never to the front: requests other than GET and HEAD,
 * requests with an {@code Authorization} header and requests carrying one of the session cookies
 * (the same rule the page filter applies), so a logged-in user never sees a shared page. A miss
 * in the front ({@code 404} from memcached, no file) falls through to {@code @app}.
 */
public final class NginxConfig {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_.:-]+");
    private static final Pattern HOST_PORT = Pattern.compile("[A-Za-z0-9.-]+:[0-9]{1,5}");

    private NginxConfig() {}

    /**
     * Generates an upstream and a server block that answer from memcached ({@link MemcachedPublisher}).
     *
     * @param listen the address nginx listens on, e.g. {@code 127.0.0.1:8080}
     * @param memcached memcached's address, e.g. {@code 127.0.0.1:11211}
     * @param keyPrefix the publisher's key prefix
     * @param app the application's address, e.g. {@code 127.0.0.1:8081}
     * @param sessionCookies the cookie names that mark a personal request, e.g. {@code JSESSIONID}
     * @return the configuration text
     * @throws CacheException if an argument could inject configuration
     */
    public static String memcached(String listen, String memcached, String keyPrefix, String app, List<String> sessionCookies) {
        check(HOST_PORT, listen, "listen");
        check(HOST_PORT, memcached, "memcached");
        check(HOST_PORT, app, "app");
        if (!keyPrefix.isEmpty()) {
            check(TOKEN, keyPrefix, "keyPrefix");
        }
        String upstream = "toolshed_memcached_" + memcached.replaceAll("[^A-Za-z0-9]", "_");
        return "upstream " + upstream + " {\n"
                + "    server " + memcached + ";\n"
                + "    keepalive 32;\n"
                + "}\n"
                + "server {\n"
                + "    listen " + listen + ";\n"
                + "    location / {\n"
                + bypass(sessionCookies)
                + "        set $memcached_key \"" + keyPrefix + "$request_uri\";\n"
                + "        default_type \"text/html; charset=utf-8\";\n"
                + "        memcached_pass " + upstream + ";\n"
                + "        memcached_connect_timeout 100ms;\n"
                + "        error_page 404 418 502 504 = @app;\n"
                + "    }\n"
                + app(app)
                + "}\n";
    }

    /**
     * Generates a server block that answers from files ({@link StaticPagePublisher}).
     *
     * @param listen the address nginx listens on, e.g. {@code 127.0.0.1:8080}
     * @param root the publisher's root directory (absolute)
     * @param app the application's address, e.g. {@code 127.0.0.1:8081}
     * @param sessionCookies the cookie names that mark a personal request
     * @return the configuration text
     * @throws CacheException if an argument could inject configuration
     */
    public static String staticFiles(String listen, Path root, String app, List<String> sessionCookies) {
        check(HOST_PORT, listen, "listen");
        check(HOST_PORT, app, "app");
        String dir = root.toAbsolutePath().toString();
        if (!dir.matches("[A-Za-z0-9_./+-]+")) {
            throw new CacheException("the static root must be a plain path without spaces or quotes, was " + dir);
        }
        return "server {\n"
                + "    listen " + listen + ";\n"
                + "    root " + dir + ";\n"
                + "    disable_symlinks on;\n"
                + "    open_file_cache max=10000 inactive=60s;\n"
                + "    open_file_cache_valid 1s;\n"
                + "    location / {\n"
                + bypass(sessionCookies)
                + "        default_type \"text/html; charset=utf-8\";\n"
                + "        error_page 418 = @app;\n"
                + "        try_files $uri $uri/index.html @app;\n"
                + "    }\n"
                + app(app)
                + "}\n";
    }

    private static String bypass(List<String> sessionCookies) {
        StringBuilder text = new StringBuilder();
        text.append("        if ($request_method !~ ^(GET|HEAD)$) { return 418; }\n");
        text.append("        if ($http_authorization) { return 418; }\n");
        for (String cookie : sessionCookies) {
            check(TOKEN, cookie, "session cookie");
            text.append("        if ($http_cookie ~ \"(^|;)\\s*").append(cookie.replace(".", "\\.")).append("=\") { return 418; }\n");
        }
        return text.toString();
    }

    private static String app(String app) {
        return "    location @app {\n"
                + "        proxy_pass http://" + app + ";\n"
                + "        proxy_http_version 1.1;\n"
                + "        proxy_set_header Connection \"\";\n"
                + "        proxy_set_header Host $host;\n"
                + "        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n"
                + "    }\n";
    }

    private static void check(Pattern pattern, String value, String name) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new CacheException(name + " may not be used in an nginx configuration: " + value);
        }
    }
}

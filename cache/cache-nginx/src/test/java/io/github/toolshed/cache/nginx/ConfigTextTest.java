package io.github.toolshed.cache.nginx;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.toolshed.cache.CacheException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigTextTest {

    @Test
    void memcachedBlockKeysOnTheRequestUriAndFallsBackToTheApp() {
        String conf = NginxConfig.memcached("127.0.0.1:8080", "127.0.0.1:11211", "page:", "127.0.0.1:8081", List.of("JSESSIONID"));
        assertTrue(conf.contains("listen 127.0.0.1:8080;"), conf);
        assertTrue(conf.contains("set $memcached_key \"page:$request_uri\";"), conf);
        assertTrue(conf.startsWith("upstream toolshed_memcached_127_0_0_1_11211 {\n    server 127.0.0.1:11211;\n    keepalive 32;\n}\n"), conf);
        assertTrue(conf.contains("memcached_pass toolshed_memcached_127_0_0_1_11211;"), conf);
        assertTrue(conf.contains("error_page 404 418 502 504 = @app;"), conf);
        assertTrue(conf.contains("proxy_pass http://127.0.0.1:8081;"), conf);
        assertTrue(conf.contains("if ($http_cookie ~ \"(^|;)\\s*JSESSIONID=\") { return 418; }"), conf);
        assertTrue(conf.contains("if ($http_authorization) { return 418; }"), conf);
    }

    @Test
    void staticBlockTriesFilesThenTheApp() {
        String conf = NginxConfig.staticFiles("127.0.0.1:8080", Path.of("/srv/pages"), "127.0.0.1:8081", List.of());
        assertTrue(conf.contains("root /srv/pages;"), conf);
        assertTrue(conf.contains("try_files $uri $uri/index.html @app;"), conf);
        assertTrue(conf.contains("disable_symlinks on;"), conf);
        assertTrue(conf.contains("open_file_cache max=10000 inactive=60s;\n    open_file_cache_valid 1s;"), conf);
    }

    @Test
    void argumentsThatWouldInjectConfigurationAreRefused() {
        assertThrows(CacheException.class, () -> NginxConfig.memcached("127.0.0.1:80; include /etc/x", "127.0.0.1:1", "", "127.0.0.1:2", List.of()));
        assertThrows(CacheException.class, () -> NginxConfig.memcached("127.0.0.1:80", "127.0.0.1:1", "a\"; return 200 \"", "127.0.0.1:2", List.of()));
        assertThrows(CacheException.class, () -> NginxConfig.memcached("127.0.0.1:80", "127.0.0.1:1", "", "127.0.0.1:2", List.of("a=\") {")));
        assertThrows(CacheException.class, () -> NginxConfig.staticFiles("127.0.0.1:80", Path.of("/srv/a b;"), "127.0.0.1:2", List.of()));
        assertThrows(CacheException.class, () -> VarnishConfig.vcl("127.0.0.1\"; }", 80, List.of(), List.of()));
        assertThrows(CacheException.class, () -> VarnishConfig.vcl("127.0.0.1", 0, List.of(), List.of()));
        assertThrows(CacheException.class, () -> VarnishConfig.vcl("127.0.0.1", 80, List.of("\"; }"), List.of()));
    }

    @Test
    void vclPassesPersonalRequestsAndPurgesAndBansFromAllowedAddresses() {
        String vcl = VarnishConfig.vcl("127.0.0.1", 8081, List.of("127.0.0.1"), List.of("JSESSIONID", "SESSION"));
        assertTrue(vcl.startsWith("vcl 4.1;"), vcl);
        assertTrue(vcl.contains(".port = \"8081\";"), vcl);
        assertTrue(vcl.contains("if (req.http.Authorization) {\n        return (pass);"), vcl);
        assertTrue(vcl.contains("if (req.http.Cookie ~ \"(^|;)\\s*SESSION=\") {\n        return (pass);"), vcl);
        assertTrue(vcl.contains("if (client.ip !~ purgers) {"), vcl);
        assertTrue(vcl.contains("return (purge);"), vcl);
        assertTrue(vcl.contains("ban(\"obj.http.Surrogate-Key ~ (^|\\s)\""), vcl);
        assertTrue(vcl.contains("if (beresp.http.Set-Cookie || beresp.http.Surrogate-Control !~ \"max-age=[0-9]+\")"), vcl);
        assertTrue(vcl.contains("unset resp.http.Surrogate-Key;"), vcl);
    }
}

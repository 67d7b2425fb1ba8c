package io.github.toolshed.cache.spring;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the fronts that serve cached pages without reaching the application
 * ({@code toolshed.cache.nginx.*} and {@code toolshed.cache.varnish.*}); they need
 * toolshed-cache-nginx on the class path. Every page the filter stores is also published to the
 * enabled fronts and withdrawn from them on a purge.
 */
@ConfigurationProperties("toolshed.cache")
public class ToolshedCacheFrontsProperties {

    private final Nginx nginx = new Nginx();
    private final Varnish varnish = new Varnish();

    /** Creates the settings with their defaults (every front off). */
    public ToolshedCacheFrontsProperties() {}

    /** @return the nginx fronts' settings */
    public Nginx getNginx() {
        return nginx;
    }

    /** @return the Varnish front's settings */
    public Varnish getVarnish() {
        return varnish;
    }

    /** The nginx fronts ({@code toolshed.cache.nginx.*}). */
    public static class Nginx {

        private final Memcached memcached = new Memcached();
        private final StaticFiles staticFiles = new StaticFiles();

        /** @return nginx + memcached settings */
        public Memcached getMemcached() {
            return memcached;
        }

        /** @return nginx static-file settings ({@code toolshed.cache.nginx.static.*}) */
        public StaticFiles getStatic() {
            return staticFiles;
        }
    }

    /** nginx serving pages from memcached ({@code toolshed.cache.nginx.memcached.*}). */
    public static class Memcached {

        /** Whether to publish stored pages to memcached. */
        private boolean enabled;

        /**
         * memcached servers as host:port; every server receives every page (one memcached next
         * to each nginx).
         */
        private List<String> servers = new ArrayList<>(List.of("127.0.0.1:11211"));

        /** Key prefix, the same as nginx's "set $memcached_key <prefix>$request_uri". */
        private String prefix = "toolshed:";

        /** @return whether pages are published to memcached */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether pages are published to memcached */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** @return the servers */
        public List<String> getServers() {
            return servers;
        }

        /** @param servers the servers */
        public void setServers(List<String> servers) {
            this.servers = servers;
        }

        /** @return the key prefix */
        public String getPrefix() {
            return prefix;
        }

        /** @param prefix the key prefix */
        public void setPrefix(String prefix) {
            this.prefix = prefix;
        }
    }

    /** nginx serving pages written as files ({@code toolshed.cache.nginx.static.*}). */
    public static class StaticFiles {

        /** Whether to write stored pages as files. */
        private boolean enabled;

        /** Directory nginx uses as root; created if missing. Required when enabled. */
        private String directory;

        /** @return whether pages are written as files */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether pages are written as files */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** @return the root directory */
        public String getDirectory() {
            return directory;
        }

        /** @param directory the root directory */
        public void setDirectory(String directory) {
            this.directory = directory;
        }
    }

    /** Varnish (or another surrogate) in front ({@code toolshed.cache.varnish.*}). */
    public static class Varnish {

        /**
         * Whether cached pages carry Surrogate-Control (their freshness) and Surrogate-Key (their
         * tags) for a surrogate to share them and ban them by tag.
         */
        private boolean surrogateHeaders;

        /** Host of the Varnish to send PURGE requests to on every purge; no purges when unset. */
        private String purgeHost;

        /** Port of the Varnish that receives PURGE requests. */
        private int purgePort = 6081;

        /** @return whether surrogate headers are added */
        public boolean isSurrogateHeaders() {
            return surrogateHeaders;
        }

        /** @param surrogateHeaders whether surrogate headers are added */
        public void setSurrogateHeaders(boolean surrogateHeaders) {
            this.surrogateHeaders = surrogateHeaders;
        }

        /** @return the purge host, or null */
        public String getPurgeHost() {
            return purgeHost;
        }

        /** @param purgeHost the purge host */
        public void setPurgeHost(String purgeHost) {
            this.purgeHost = purgeHost;
        }

        /** @return the purge port */
        public int getPurgePort() {
            return purgePort;
        }

        /** @param purgePort the purge port */
        public void setPurgePort(int purgePort) {
            this.purgePort = purgePort;
        }
    }
}

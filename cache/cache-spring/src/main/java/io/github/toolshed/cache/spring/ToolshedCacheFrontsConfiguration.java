package io.github.toolshed.cache.spring;

import io.github.toolshed.cache.CacheException;
import io.github.toolshed.cache.PageStore;
import io.github.toolshed.cache.nginx.MemcachedPublisher;
import io.github.toolshed.cache.nginx.PagePublisher;
import io.github.toolshed.cache.nginx.PublishingPageStore;
import io.github.toolshed.cache.nginx.StaticPagePublisher;
import io.github.toolshed.cache.nginx.SurrogateHeadersStore;
import io.github.toolshed.cache.nginx.VarnishPurger;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The fronts (toolshed-cache-nginx, an optional dependency): surrogate headers for Varnish, and
 * publishing of stored pages to memcached, to static files and (as purges) to Varnish, from
 * {@code toolshed.cache.nginx.*} and {@code toolshed.cache.varnish.*}. {@link PagePublisher}
 * beans of the application are published to as well.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "io.github.toolshed.cache.nginx.PublishingPageStore")
@EnableConfigurationProperties(ToolshedCacheFrontsProperties.class)
class ToolshedCacheFrontsConfiguration {

    @Bean
    @Order(0)
    PageStoreDecorator toolshedSurrogateHeaders(ToolshedCacheFrontsProperties fronts) {
        return store -> fronts.getVarnish().isSurrogateHeaders() ? new SurrogateHeadersStore(store) : store;
    }

    @Bean(destroyMethod = "close")
    @Order(1)
    Publishing toolshedFrontPublishing(ToolshedCacheFrontsProperties fronts, ObjectProvider<PagePublisher> beans) {
        List<PagePublisher> publishers = new ArrayList<>(beans.orderedStream().toList());
        List<MemcachedPublisher> owned = new ArrayList<>();
        ToolshedCacheFrontsProperties.Memcached memcached = fronts.getNginx().getMemcached();
        if (memcached.isEnabled()) {
            if (memcached.getServers().isEmpty()) {
                throw new CacheException("toolshed.cache.nginx.memcached.enabled needs toolshed.cache.nginx.memcached.servers");
            }
            for (String server : memcached.getServers()) {
                HostPort address = HostPort.parse(server, "toolshed.cache.nginx.memcached.servers");
                owned.add(new MemcachedPublisher(address.host(), address.port(), memcached.getPrefix(), Clock.systemUTC()));
            }
            publishers.addAll(owned);
        }
        ToolshedCacheFrontsProperties.StaticFiles files = fronts.getNginx().getStatic();
        if (files.isEnabled()) {
            if (files.getDirectory() == null || files.getDirectory().isBlank()) {
                throw new CacheException("toolshed.cache.nginx.static.enabled needs toolshed.cache.nginx.static.directory");
            }
            publishers.add(new StaticPagePublisher(Path.of(files.getDirectory())));
        }
        String purgeHost = fronts.getVarnish().getPurgeHost();
        if (purgeHost != null && !purgeHost.isBlank()) {
            publishers.add(new VarnishPurger(purgeHost, fronts.getVarnish().getPurgePort()));
        }
        return new Publishing(List.copyOf(publishers), List.copyOf(owned));
    }

    /** Publishes to the fronts; closes the memcached connections it opened with the context. */
    record Publishing(List<PagePublisher> publishers, List<MemcachedPublisher> owned) implements PageStoreDecorator {

        @Override
        public PageStore decorate(PageStore store) {
            return publishers.isEmpty() ? store
                    : new PublishingPageStore(store, publishers.toArray(PagePublisher[]::new));
        }

        void close() {
            owned.forEach(MemcachedPublisher::close);
        }
    }

    /** A {@code host:port} setting. */
    record HostPort(String host, int port) {

        static HostPort parse(String value, String property) {
            int colon = value.lastIndexOf(':');
            try {
                if (colon <= 0) {
                    throw new NumberFormatException();
                }
                int port = Integer.parseInt(value.substring(colon + 1).strip());
                if (port < 1 || port > 65535) {
                    throw new NumberFormatException();
                }
                String host = value.substring(0, colon).strip();
                if (host.startsWith("[") && host.endsWith("]")) {
                    host = host.substring(1, host.length() - 1);
                }
                return new HostPort(host, port);
            } catch (NumberFormatException e) {
                throw new CacheException(property + " must hold host:port values, was '" + value + "'");
            }
        }
    }
}

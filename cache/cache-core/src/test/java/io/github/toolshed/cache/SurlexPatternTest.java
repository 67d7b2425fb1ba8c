package io.github.toolshed.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Surlex URL patterns, the {@code surlex:} configuration syntax, and running without the optional modules. */
class SurlexPatternTest {

    @Test
    void surlexPattern_matchesWholePathsOnly() {
        UrlMatcher m = UrlMatcher.surlex("/blog/<year:Y>/<slug:s>/");
        assertThat(m.matches("/blog/2010/caching/")).isTrue();
        assertThat(m.matches("/blog/10/caching/")).isFalse();
        assertThat(m.matches("/blog/2010/caching/extra/")).isFalse();
        assertThat(m.matches("/x/blog/2010/caching/")).isFalse();
        assertThat(m.matches("/blog/2010/a/../b/")).isFalse();
        assertThat(m.matches("")).isFalse();
        assertThat(m.matches(null)).isFalse();
        assertThat(m.pattern()).isEqualTo("surlex:/blog/<year:Y>/<slug:s>/");
    }

    @Test
    void parse_readsThePrefixes() {
        assertThat(UrlMatcher.parse("surlex:/p/<id:#>/").matches("/p/42/")).isTrue();
        assertThat(UrlMatcher.parse("surlex:/p/<id:#>/").matches("/p/x/")).isFalse();
        assertThat(UrlMatcher.parse("ant:/p/**")).isEqualTo(UrlMatcher.ant("/p/**"));
        assertThat(UrlMatcher.parse("/p/**")).isEqualTo(UrlMatcher.ant("/p/**"));
        assertThat(UrlMatcher.parse("surlex:/a/")).isEqualTo(UrlMatcher.surlex("/a/"));
    }

    @Test
    void invalidSurlexPatterns_areCacheExceptions() {
        assertThatThrownBy(() -> UrlMatcher.parse("surlex:")).isInstanceOf(CacheException.class);
        assertThatThrownBy(() -> UrlMatcher.parse("surlex:blog/")).isInstanceOf(CacheException.class)
                .hasMessageContaining("start with '/'");
        assertThatThrownBy(() -> UrlMatcher.parse("surlex:/<unclosed")).isInstanceOf(CacheException.class)
                .hasMessageContaining("invalid surlex");
        assertThatThrownBy(() -> UrlMatcher.parse("surlex:/<x:nosuchmacro>/")).isInstanceOf(CacheException.class);
    }

    @Test
    void pageCacheBuilder_acceptsSurlexPatternsAsText() {
        PageCache cache = PageCache.builder().cache("surlex:/blog/<year:Y>/", "/static/**").build();
        assertThat(cache.patterns()).extracting(UrlMatcher::pattern)
                .containsExactly("surlex:/blog/<year:Y>/", "/static/**");
    }

    @Test
    void coreClassesWork_withoutTheTemplateEngineOrSurlex() throws Exception {
        URL[] urls = Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(p -> {
                    try {
                        return Path.of(p).toUri().toURL();
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toArray(URL[]::new);
        try (URLClassLoader isolated = new HidingLoader(urls)) {
            Class<?> matcher = Class.forName("io.github.toolshed.cache.UrlMatcher", true, isolated);
            Object ant = matcher.getMethod("parse", String.class).invoke(null, "/blog/**");
            assertThat(matcher.getMethod("matches", String.class).invoke(ant, "/blog/x")).isEqualTo(true);
            Class.forName("io.github.toolshed.cache.PageCacheFilter", true, isolated);
            Class.forName("io.github.toolshed.cache.CaffeineFragmentStore", true, isolated);
            Object builder = Class.forName("io.github.toolshed.cache.PageCache", true, isolated)
                    .getMethod("builder").invoke(null);
            builder.getClass().getMethod("build").invoke(builder);
            var surlex = matcher.getMethod("surlex", String.class);
            assertThatThrownBy(() -> surlex.invoke(null, "/a/"))
                    .cause().isInstanceOf(isolated.loadClass(CacheException.class.getName()))
                    .hasMessageContaining("toolshed-surlex");
            assertThatThrownBy(() -> isolated.loadClass("io.github.toolshed.template.Engine"))
                    .isInstanceOf(ClassNotFoundException.class);
        }
    }

    /** Loads the cache and its dependencies itself, and hides the optional modules. */
    private static final class HidingLoader extends URLClassLoader {
        HidingLoader(URL[] urls) {
            super(urls, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            if (name.startsWith("io.github.toolshed.template.") || name.startsWith("io.github.toolshed.surlex.")) {
                throw new ClassNotFoundException(name + " is hidden");
            }
            return super.findClass(name);
        }
    }
}

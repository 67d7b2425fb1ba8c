package io.github.toolshed.cache.spring;

import io.github.toolshed.cache.CacheException;
import io.github.toolshed.cache.FragmentStore;
import io.github.toolshed.cache.template.CacheTags;
import io.github.toolshed.template.spi.Library;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Contributes the {@code cache} template library ({@code {% load cache %}}) as a {@link Library}
 * bean named {@value #LIBRARY_BEAN} when the Toolshed template engine is on the class path and a
 * {@link FragmentStore} bean exists. Template integrations (such as the template engine's Spring
 * view support) register every {@code Library} bean with their engine.
 *
 * <p>The tag's default store is the single, or {@code @Primary}, {@code FragmentStore} bean;
 * every {@code FragmentStore} bean is also reachable by its bean name with
 * {@code {% cache 500 name using="beanName" %}}, and the default one as {@code using="default"}.
 * Backs off when the application defines a bean named {@value #LIBRARY_BEAN}.
 */
@AutoConfiguration(after = ToolshedCacheAutoConfiguration.class)
@ConditionalOnClass(name = "io.github.toolshed.template.spi.Library")
@ConditionalOnBean(FragmentStore.class)
public class ToolshedCacheTemplateAutoConfiguration {

    /** The name of the library bean, for applications that replace it. */
    public static final String LIBRARY_BEAN = "toolshedCacheTemplateLibrary";

    /** Bean names usable as {@code using} aliases (others are left out). */
    private static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

    /** Creates the auto-configuration (instantiated by Spring Boot). */
    public ToolshedCacheTemplateAutoConfiguration() {}

    /**
     * The {@code cache} template library over the application's fragment stores.
     *
     * @param stores the {@link FragmentStore} beans, to find the single or primary one
     * @param named every {@link FragmentStore} bean by bean name
     * @return the library, owner {@code toolshed.cache}
     * @throws CacheException when several stores exist and none is {@code @Primary}
     */
    @Bean(name = LIBRARY_BEAN)
    @ConditionalOnMissingBean(name = LIBRARY_BEAN)
    public Library toolshedCacheTemplateLibrary(ObjectProvider<FragmentStore> stores,
            Map<String, FragmentStore> named) {
        Map<String, FragmentStore> byName = new LinkedHashMap<>();
        named.forEach((name, store) -> {
            if (ALIAS.matcher(name).matches() && !name.equals(CacheTags.DEFAULT_ALIAS)) {
                byName.put(name, store);
            }
        });
        FragmentStore primary = stores.getIfUnique();
        if (primary == null) {
            throw new CacheException("the {% cache %} tag needs one default FragmentStore: mark one of "
                    + byName.keySet() + " @Primary");
        }
        return CacheTags.library(primary, byName);
    }
}

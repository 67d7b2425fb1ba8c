package io.github.toolshed.template.spring;

import io.github.toolshed.surlex.MacroRegistry;
import io.github.toolshed.surlex.spring.UrlReverser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@code {% url %}} tag, when surlex-spring's {@link UrlReverser} is there. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(UrlReverser.class)
@ConditionalOnBean(UrlReverser.class)
class UrlTagConfiguration {

    @Bean
    @ConditionalOnMissingBean
    UrlResolver toolshedUrlResolver(UrlReverser reverser, ObjectProvider<MacroRegistry> macros) {
        return new UrlResolver(reverser, macros.getIfAvailable(MacroRegistry::defaults));
    }

    @Bean
    ToolshedEngineCustomizer toolshedUrlTagCustomizer(UrlResolver resolver, ToolshedTemplateProperties properties) {
        return builder -> {
            builder.library(UrlTag.library(resolver));
            if (properties.isUrlBuiltin()) {
                builder.builtin(UrlTag.library(resolver));
            }
        };
    }
}

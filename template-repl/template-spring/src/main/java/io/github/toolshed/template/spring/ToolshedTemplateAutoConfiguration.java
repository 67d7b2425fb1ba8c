package io.github.toolshed.template.spring;

import io.github.toolshed.template.Engine;
import io.github.toolshed.template.Loader;
import io.github.toolshed.template.Loaders;
import io.github.toolshed.template.spi.Library;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Registers Toolshed's template {@link Engine} (templates from {@code toolshed.template.prefix})
 * and a {@link ToolshedViewResolver} in servlet web applications. Both back off when the
 * application defines its own; {@code toolshed.template.enabled=false} turns everything off.
 */
@AutoConfiguration(afterName = "io.github.toolshed.surlex.spring.SurlexAutoConfiguration")
@ConditionalOnClass({Engine.class, DispatcherServlet.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(prefix = "toolshed.template", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(ToolshedTemplateProperties.class)
@Import({UrlTagConfiguration.class, ReplConfiguration.class})
public class ToolshedTemplateAutoConfiguration {

    /** Creates the auto-configuration. */
    public ToolshedTemplateAutoConfiguration() {}

    /**
     * The template engine configured from {@code toolshed.template.*}, with every {@link Library}
     * bean registered (e.g. the {@code cache} library of toolshed-cache-spring), then every
     * {@link ToolshedEngineCustomizer} applied.
     *
     * @param properties the settings
     * @param libraries the template libraries defined as beans
     * @param customizers the customizers
     * @return the engine
     */
    @Bean
    @ConditionalOnMissingBean
    public Engine toolshedTemplateEngine(ToolshedTemplateProperties properties,
            ObjectProvider<Library> libraries, ObjectProvider<ToolshedEngineCustomizer> customizers) {
        Loader loader = Loaders.classpath(ToolshedTemplateAutoConfiguration.class.getClassLoader(),
                classpathPrefix(properties.getPrefix()));
        Engine.Builder builder = Engine.builder()
                .loader(properties.isCache() ? Loaders.cached(loader) : loader)
                .autoescape(properties.isAutoescape())
                .debug(properties.isDebug())
                .stringIfInvalid(properties.getStringIfInvalid());
        libraries.orderedStream().forEach(builder::library);
        customizers.orderedStream().forEach(c -> c.customize(builder));
        return builder.build();
    }

    /**
     * The view resolver serving templates as Spring MVC views.
     *
     * @param engine the engine
     * @param properties the settings
     * @param breakpoints {@code {% repl %}} on the server's console, when the dev property is on
     * @return the resolver
     */
    @Bean
    @ConditionalOnMissingBean
    public ToolshedViewResolver toolshedViewResolver(Engine engine, ToolshedTemplateProperties properties,
            ObjectProvider<ViewBreakpoints> breakpoints) {
        ToolshedViewResolver resolver = new ToolshedViewResolver(
                engine, properties.getSuffix(), properties.getContentType(), properties.getOrder());
        breakpoints.ifAvailable(resolver::breakpoints);
        return resolver;
    }

    static String classpathPrefix(String location) {
        String p = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        return p;
    }
}

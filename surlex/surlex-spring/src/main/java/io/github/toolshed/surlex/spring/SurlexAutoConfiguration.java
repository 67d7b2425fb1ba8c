package io.github.toolshed.surlex.spring;

import io.github.toolshed.surlex.MacroRegistry;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Serves surlex routes in a Spring MVC application: a {@link SurlexHandlerMapping} over the
 * {@link SurlexMapping} methods and {@link SurlexRoutes} beans, a {@link UrlReverser}, and a
 * {@link MacroRegistry} with the built-in macros plus {@code toolshed.surlex.macros}. On by
 * default in a servlet web application; {@code toolshed.surlex.enabled=false} turns it off. Every
 * bean backs off when the application defines its own.
 */
@AutoConfiguration(afterName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@ConditionalOnBooleanProperty(name = "toolshed.surlex.enabled", matchIfMissing = true)
@EnableConfigurationProperties(SurlexProperties.class)
public class SurlexAutoConfiguration {

    /** Creates the auto-configuration (instantiated by Spring Boot). */
    public SurlexAutoConfiguration() {}

    /**
     * The macros surlex routes may use.
     *
     * @param properties the surlex settings
     * @return the built-ins plus the configured macros
     */
    @Bean
    @ConditionalOnMissingBean
    public MacroRegistry surlexMacroRegistry(SurlexProperties properties) {
        return MacroRegistry.defaults().withAll(properties.getMacros());
    }

    /**
     * The handler mapping that dispatches surlex routes.
     *
     * @param properties the surlex settings
     * @param macros the macros
     * @param adapter supplies the message converters of functional handlers
     * @return the mapping
     */
    @Bean
    @ConditionalOnMissingBean
    public SurlexHandlerMapping surlexHandlerMapping(SurlexProperties properties, MacroRegistry macros,
            ObjectProvider<RequestMappingHandlerAdapter> adapter) {
        SurlexHandlerMapping mapping = new SurlexHandlerMapping(macros, () -> {
            RequestMappingHandlerAdapter a = adapter.getIfAvailable();
            List<HttpMessageConverter<?>> converters = a == null ? List.of() : a.getMessageConverters();
            return converters;
        });
        mapping.setOrder(properties.getOrder());
        return mapping;
    }

    /**
     * Lets {@link SurlexDate} parameters bind a {@code LocalDate} from year, month and day captures.
     *
     * @return a configurer adding {@link SurlexDateArgumentResolver}
     */
    @Bean
    public WebMvcConfigurer surlexDateWebMvcConfigurer() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new SurlexDateArgumentResolver());
            }
        };
    }

    /**
     * Reverses surlex routes by name or controller method.
     *
     * @param mapping the surlex handler mapping
     * @return the reverser
     */
    @Bean
    @ConditionalOnMissingBean
    public UrlReverser surlexUrlReverser(SurlexHandlerMapping mapping) {
        return new UrlReverser(mapping);
    }
}

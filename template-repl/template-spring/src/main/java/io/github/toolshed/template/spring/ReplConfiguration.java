package io.github.toolshed.template.spring;

import io.github.toolshed.template.Engine;
import io.github.toolshed.template.repl.ReplLibrary;
import io.github.toolshed.template.spi.Library;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The template REPL in a web application, when toolshed-template-repl is on the class path: the
 * {@code repl} library, and two development hooks: {@code toolshed.template.repl.enabled=true} makes {@code {% repl %}} pause pages on the
 * server's terminal (only when the process has one), and {@code toolshed.template.repl.url=PATH}
 * opens the REPL on a page's captured model once the application is ready.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "io.github.toolshed.template.repl.Breakpoints")
class ReplConfiguration {

    /**
     * The {@code repl} library, so that {@code {% load repl %}} works in every page: without a
     * console the tag renders nothing.
     */
    @Bean
    @ConditionalOnMissingBean(name = "toolshedReplLibrary")
    Library toolshedReplLibrary() {
        return ReplLibrary.LIBRARY;
    }

    @Bean
    @ConditionalOnBooleanProperty("toolshed.template.repl.enabled")
    ViewBreakpoints toolshedReplBreakpoints(Engine engine) {
        return ConsoleBreakpoints.forProcess(engine);
    }

    @Bean
    @ConditionalOnProperty("toolshed.template.repl.url")
    @ConditionalOnClass(name = "org.springframework.test.web.servlet.MockMvc")
    ReplUrlListener toolshedReplUrlListener(
            ConfigurableApplicationContext context, Engine engine, ToolshedTemplateProperties properties) {
        return new ReplUrlListener(context, engine, properties.getRepl().getUrl());
    }
}

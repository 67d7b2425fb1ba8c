package io.github.toolshed.shell;

import io.github.toolshed.gotocli.TargetStore;
import io.github.toolshed.sshtunnel.TunnelCommands;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.config.UserConfigPathProvider;
import org.springframework.shell.jline.PromptProvider;

/**
 * The shell's beans: the argument-preserving parser, the dispatcher and runner, the prompt,
 * where history lives, and the stores the commands work on.
 */
@Configuration(proxyBeanMethods = false)
class ShellConfiguration {

    @Bean
    ToolshedCommandParser commandParser(CommandRegistry registry) {
        return new ToolshedCommandParser(registry);
    }

    @Bean
    CommandDispatcher commandDispatcher(ToolshedCommandParser parser, CommandRegistry registry, Environment env) {
        boolean debug = "1".equals(System.getenv("TOOLSHED_SHELL_DEBUG"))
                || env.getProperty("toolshed.shell.debug", Boolean.class, false);
        return new CommandDispatcher(parser, registry, debug);
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "toolshed.shell.runner.enabled", matchIfMissing = true)
    ToolshedRunner toolshedRunner(CommandDispatcher dispatcher, ObjectProvider<LineReader> lineReader,
            ObjectProvider<PromptProvider> prompt, ObjectProvider<AotTraining> training) {
        return new ToolshedRunner(dispatcher, lineReader, prompt, training);
    }

    /**
     * Stands in for the runner when it is switched off (tests), so that Spring Shell's own runner,
     * which would read the terminal, does not start either.
     */
    @Bean
    @ConditionalOnBooleanProperty(name = "toolshed.shell.runner.enabled", havingValue = false)
    ApplicationRunner idleRunner() {
        return args -> {};
    }

    @Bean
    ToolshedCompleter commandCompleter(CommandRegistry registry) {
        return new ToolshedCompleter(registry);
    }

    @Bean
    PromptProvider promptProvider() {
        return () -> new AttributedString("toolshed:> ", AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
    }

    /** History goes to {@code $XDG_STATE_HOME/toolshed/} (default {@code ~/.local/state/toolshed/}). */
    @Bean
    UserConfigPathProvider userConfigPathProvider() {
        return () -> {
            Path dir = StateDirectory.resolve(System.getenv(), System.getProperty("user.home"));
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the history directory " + dir, e);
            }
            return dir;
        };
    }

    @Bean
    @ConditionalOnMissingBean
    TargetStore gotoTargetStore(Environment env) {
        String file = env.getProperty("toolshed.goto.targets");
        return file == null ? TargetStore.fromEnvironment(System.getenv()) : TargetStore.at(Path.of(file));
    }

    @Bean
    @ConditionalOnMissingBean
    TunnelCommands tunnelCommands() {
        return TunnelCommands.forCurrentUser();
    }
}

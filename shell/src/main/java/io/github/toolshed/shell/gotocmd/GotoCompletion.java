package io.github.toolshed.shell.gotocmd;

import io.github.toolshed.gotocli.GotoException;
import io.github.toolshed.gotocli.Target;
import io.github.toolshed.gotocli.TargetStore;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;

/** Completes goto alias names (Tab after {@code goto remove} or {@code goto rename}). */
@Configuration(proxyBeanMethods = false)
class GotoCompletion {

    @Bean
    CompletionProvider gotoAliasCompletion(TargetStore store) {
        return context -> {
            if (context.getWordIndex() != 2) {
                return List.of();
            }
            try {
                return store.list().stream().map(Target::name).map(CompletionProposal::new).toList();
            } catch (GotoException e) {
                return List.of();
            }
        };
    }
}

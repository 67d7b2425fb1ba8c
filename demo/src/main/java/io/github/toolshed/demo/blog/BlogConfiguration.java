package io.github.toolshed.demo.blog;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/** The blog's beans: the posts and the error pages. */
@Configuration(proxyBeanMethods = false)
class BlogConfiguration {

    @Bean
    PostRepository postRepository(@Value("${toolshed.demo.posts:classpath*:posts/*.md}") String location) {
        return PostRepository.load(location);
    }

    /**
     * Error pages rendered by the template engine: {@code error/404.html} for 404,
     * {@code error/error.html} for every other status. Only the status and its reason reach the
     * page, never an exception or a stack trace.
     */
    @Bean
    ErrorViewResolver templateErrorPages(Sidebar sidebar) {
        return (request, status, model) -> {
            String view = status == HttpStatus.NOT_FOUND ? "error/404" : "error/error";
            return sidebar.page(view)
                    .addAllObjects(Map.of("status", status.value(), "reason", status.getReasonPhrase()))
                    .addObject("path", String.valueOf(model.getOrDefault("path", "")));
        };
    }
}

package io.github.toolshed.cache.spring;

import io.lettuce.core.RedisURI;
import org.springframework.core.env.Environment;

/**
 * Reads where Redis is from Spring Boot's {@code spring.data.redis.*} properties: {@code url},
 * or {@code host}, {@code port}, {@code username}, {@code password}, {@code database} and
 * {@code ssl.enabled}, with Spring Boot's defaults (localhost:6379). The command timeout is the
 * cache's own ({@code toolshed.cache.redis.command-timeout}): a cache must give up sooner than
 * an application's other Redis clients.
 */
final class SpringRedisUri {

    private SpringRedisUri() {}

    static RedisURI from(Environment environment) {
        String url = environment.getProperty("spring.data.redis.url");
        RedisURI uri;
        if (url != null && !url.isBlank()) {
            uri = RedisURI.create(url);
        } else {
            RedisURI.Builder builder = RedisURI.builder()
                    .withHost(environment.getProperty("spring.data.redis.host", "localhost"))
                    .withPort(environment.getProperty("spring.data.redis.port", Integer.class, 6379))
                    .withDatabase(environment.getProperty("spring.data.redis.database", Integer.class, 0))
                    .withSsl(environment.getProperty("spring.data.redis.ssl.enabled", Boolean.class, false));
            String password = environment.getProperty("spring.data.redis.password");
            String username = environment.getProperty("spring.data.redis.username");
            if (password != null && username != null) {
                builder.withAuthentication(username, password);
            } else if (password != null) {
                builder.withPassword(password.toCharArray());
            }
            uri = builder.build();
        }
        return uri;
    }
}

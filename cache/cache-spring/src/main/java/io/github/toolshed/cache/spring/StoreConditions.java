package io.github.toolshed.cache.spring;

import io.github.toolshed.cache.spring.ToolshedCacheProperties.FragmentStoreType;
import io.github.toolshed.cache.spring.ToolshedCacheProperties.PageStoreType;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Conditions on {@code toolshed.cache.page.store} and {@code toolshed.cache.fragment.store},
 * bound the way the properties are (so {@code two-level}, {@code TWO_LEVEL} and
 * {@code two_level} all match).
 */
final class StoreConditions {

    private StoreConditions() {}

    static PageStoreType pageStore(ConditionContext context) {
        return Binder.get(context.getEnvironment())
                .bind("toolshed.cache.page.store", PageStoreType.class).orElse(PageStoreType.CAFFEINE);
    }

    static FragmentStoreType fragmentStore(ConditionContext context) {
        return Binder.get(context.getEnvironment())
                .bind("toolshed.cache.fragment.store", FragmentStoreType.class).orElse(FragmentStoreType.CAFFEINE);
    }

    /** The page store is Caffeine (the default). */
    static final class OnCaffeinePageStore extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            PageStoreType type = pageStore(context);
            return new ConditionOutcome(type == PageStoreType.CAFFEINE, "toolshed.cache.page.store is " + type);
        }
    }

    /** The page store is Redis only. */
    static final class OnRedisPageStore extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            PageStoreType type = pageStore(context);
            return new ConditionOutcome(type == PageStoreType.REDIS, "toolshed.cache.page.store is " + type);
        }
    }

    /** The page store is two-level. */
    static final class OnTwoLevelPageStore extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            PageStoreType type = pageStore(context);
            return new ConditionOutcome(type == PageStoreType.TWO_LEVEL, "toolshed.cache.page.store is " + type);
        }
    }

    /** The fragment store is Caffeine (the default). */
    static final class OnCaffeineFragmentStore extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            FragmentStoreType type = fragmentStore(context);
            return new ConditionOutcome(type == FragmentStoreType.CAFFEINE, "toolshed.cache.fragment.store is " + type);
        }
    }

    /** The fragment store is Redis. */
    static final class OnRedisFragmentStore extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            FragmentStoreType type = fragmentStore(context);
            return new ConditionOutcome(type == FragmentStoreType.REDIS, "toolshed.cache.fragment.store is " + type);
        }
    }

    /** The fragment store is none (nothing stored). */
    static final class OnNoFragmentStore extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            FragmentStoreType type = fragmentStore(context);
            return new ConditionOutcome(type == FragmentStoreType.NONE, "toolshed.cache.fragment.store is " + type);
        }
    }

    /** Some store uses Redis. */
    static final class OnAnyRedisStore extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            PageStoreType page = pageStore(context);
            FragmentStoreType fragment = fragmentStore(context);
            return new ConditionOutcome(page != PageStoreType.CAFFEINE || fragment == FragmentStoreType.REDIS,
                    "toolshed.cache.page.store is " + page + ", toolshed.cache.fragment.store is " + fragment);
        }
    }

    /** Some front (memcached, static files, surrogate headers, Varnish purges) is enabled. */
    static final class OnAnyFront extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Binder binder = Binder.get(context.getEnvironment());
            boolean any = binder.bind("toolshed.cache.nginx.memcached.enabled", Boolean.class).orElse(false)
                    || binder.bind("toolshed.cache.nginx.static.enabled", Boolean.class).orElse(false)
                    || binder.bind("toolshed.cache.varnish.surrogate-headers", Boolean.class).orElse(false)
                    || binder.bind("toolshed.cache.varnish.purge-host", String.class).map(h -> !h.isBlank()).orElse(false);
            return new ConditionOutcome(any, "a toolshed.cache.nginx or toolshed.cache.varnish front is " + (any ? "" : "not ") + "enabled");
        }
    }
}

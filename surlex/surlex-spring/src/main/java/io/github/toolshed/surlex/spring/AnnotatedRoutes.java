package io.github.toolshed.surlex.spring;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.util.ClassUtils;
import org.springframework.web.method.HandlerMethod;

/** Finds {@link SurlexMapping} methods on the beans of an application context. */
final class AnnotatedRoutes {

    private static final String SCOPED_TARGET = "scopedTarget.";

    private AnnotatedRoutes() {}

    /** Endpoints of every annotated method, sorted by class name and method signature. */
    static List<Endpoint> scan(ApplicationContext context) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (String beanName : context.getBeanNamesForType(Object.class, true, false)) {
            if (beanName.startsWith(SCOPED_TARGET)) {
                continue;
            }
            Class<?> type = context.getType(beanName, false);
            if (type == null) {
                continue;
            }
            Class<?> userType = ClassUtils.getUserClass(type);
            Map<Method, SurlexMapping> methods = MethodIntrospector.selectMethods(userType,
                    (MethodIntrospector.MetadataLookup<SurlexMapping>) m ->
                            AnnotatedElementUtils.findMergedAnnotation(m, SurlexMapping.class));
            if (methods.isEmpty()) {
                continue;
            }
            SurlexMapping onType = AnnotatedElementUtils.findMergedAnnotation(userType, SurlexMapping.class);
            String prefix = onType == null ? "" : onType.value();
            methods.forEach((method, mapping) -> {
                Method invocable = AopUtils.selectInvocableMethod(method, userType);
                HandlerMethod handler = new HandlerMethod(beanName, context.getAutowireCapableBeanFactory(), invocable);
                Set<HttpMethod> httpMethods = Arrays.stream(mapping.method())
                        .map(m -> HttpMethod.valueOf(m.name()))
                        .collect(Collectors.toUnmodifiableSet());
                endpoints.add(new Endpoint(prefix + mapping.value(), mapping.name().isEmpty() ? null : mapping.name(),
                        httpMethods, mapping.order(), handler, method, describe(userType, method)));
            });
        }
        endpoints.sort(Comparator.comparing((Endpoint e) -> e.javaMethod().getDeclaringClass().getName())
                .thenComparing(e -> e.javaMethod().toGenericString()));
        return endpoints;
    }

    static String describe(Class<?> type, Method method) {
        String params = Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", "));
        return type.getName() + "#" + method.getName() + "(" + params + ")";
    }
}

package io.github.toolshed.surlex.spring;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerResponse;

/** Turns {@link SurlexRoutes} definitions into endpoints whose handlers are {@link HandlerFunction}s or handler methods. */
final class FunctionalRoutes {

    private FunctionalRoutes() {}

    static List<Endpoint> endpoints(SurlexRoutes routes, AutowireCapableBeanFactory beanFactory) {
        List<Endpoint> out = new ArrayList<>();
        for (SurlexRoutes.Definition d : routes.definitions()) {
            String source = "functional route " + (d.name() == null ? "" : "'" + d.name() + "' ") + "'" + d.pattern() + "'";
            out.add(new Endpoint(d.pattern(), d.name(), d.methods(), 0, handler(d.target(), beanFactory), null, source));
        }
        return out;
    }

    private static Object handler(SurlexRoutes.Target target, AutowireCapableBeanFactory beanFactory) {
        return switch (target) {
            case SurlexRoutes.Target.ControllerMethod(Object bean, java.lang.reflect.Method method) ->
                new org.springframework.web.method.HandlerMethod(bean, method);
            case SurlexRoutes.Target.Shared(HandlerFunction<?> shared) -> (HandlerFunction<ServerResponse>) shared::handle;
            case SurlexRoutes.Target.Factory(var factory) -> new PerRequestView(factory::get);
            case SurlexRoutes.Target.ViewClass(var type) -> new PerRequestView(() -> beanFactory.createBean(type));
        };
    }

    /** A handler that builds a fresh view object for every request and hands the request to it. */
    record PerRequestView(java.util.function.Supplier<? extends HandlerFunction<?>> views)
            implements HandlerFunction<ServerResponse> {
        @Override
        public ServerResponse handle(org.springframework.web.servlet.function.ServerRequest request) throws Exception {
            return views.get().handle(request);
        }
    }
}

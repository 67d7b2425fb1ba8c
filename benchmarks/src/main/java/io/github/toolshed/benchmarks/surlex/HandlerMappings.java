package io.github.toolshed.benchmarks.surlex;

import io.github.toolshed.surlex.MacroRegistry;
import io.github.toolshed.surlex.spring.SurlexHandlerMapping;
import io.github.toolshed.surlex.spring.SurlexRoutes;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The two handler mappings of the lookup benchmark, over the same {@link RouteTable} and the same
 * controller method: surlex's {@link SurlexHandlerMapping} and Spring's
 * {@link RequestMappingHandlerMapping} with the equivalent GET patterns.
 */
public final class HandlerMappings {

    /** The controller every route of both mappings points at. */
    public static final class Controller {
        /**
         * The handler method.
         *
         * @return a constant
         */
        public String handle() {
            return "ok";
        }
    }

    private final StaticWebApplicationContext context;
    private final SurlexHandlerMapping surlex;
    private final RequestMappingHandlerMapping spring;

    /**
     * Builds both mappings in one small web application context.
     *
     * @param table the routes
     */
    public HandlerMappings(RouteTable table) {
        Controller controller = new Controller();
        Method handle;
        try {
            handle = Controller.class.getMethod("handle");
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
        SurlexRoutes.Builder routes = SurlexRoutes.builder();
        List<RouteTable.Entry> entries = table.entries();
        for (int i = 0; i < entries.size(); i++) {
            routes.handlerMethod("r" + i, entries.get(i).surlex(), Set.of(HttpMethod.GET), controller, handle);
        }
        context = new StaticWebApplicationContext();
        context.setServletContext(new MockServletContext());
        context.getBeanFactory().registerSingleton("surlexRoutes", routes.build());
        surlex = new SurlexHandlerMapping(MacroRegistry.defaults(), List::of);
        surlex.setApplicationContext(context);
        context.getBeanFactory().registerSingleton("surlexHandlerMapping", surlex);
        context.refresh();
        // Registered instances (not bean definitions) get no SmartInitializingSingleton callback.
        surlex.afterSingletonsInstantiated();

        spring = new RequestMappingHandlerMapping();
        spring.setApplicationContext(context);
        spring.afterPropertiesSet();
        RequestMappingInfo.BuilderConfiguration config = spring.getBuilderConfiguration();
        for (RouteTable.Entry entry : entries) {
            spring.registerMapping(RequestMappingInfo.paths(entry.springPatterns().toArray(String[]::new))
                    .methods(RequestMethod.GET).options(config).build(), controller, handle);
        }
    }

    /**
     * Returns the surlex mapping.
     *
     * @return the mapping
     */
    public SurlexHandlerMapping surlex() {
        return surlex;
    }

    /**
     * Returns Spring's annotation-style mapping.
     *
     * @return the mapping
     */
    public RequestMappingHandlerMapping spring() {
        return spring;
    }
}

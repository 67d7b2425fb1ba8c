/**
 * Surlex routes in Spring MVC: {@link io.github.toolshed.surlex.spring.SurlexMapping} on
 * controller methods, functional {@link io.github.toolshed.surlex.spring.SurlexRoutes} with
 * per-request view objects, and named-route reversing through
 * {@link io.github.toolshed.surlex.spring.UrlReverser}.
 *
 * <h2>How the pieces fit</h2>
 * {@link io.github.toolshed.surlex.spring.SurlexAutoConfiguration} registers a
 * {@link io.github.toolshed.surlex.spring.SurlexHandlerMapping}. Once all singletons exist it
 * collects endpoints (package-private {@code AnnotatedRoutes} scans beans, {@code FunctionalRoutes}
 * reads {@code SurlexRoutes} beans), and {@code SurlexRouteTable} compiles them, merges endpoints
 * with the same pattern into one {@code RouteGroup} per pattern (handlers by HTTP method) and puts
 * the groups in a surlex-core {@code Router}. At request time the mapping routes the decoded path,
 * picks the group's handler for the method (405 otherwise), exposes the captures as URI template
 * variables and returns a {@code HandlerMethod} (run by Spring's
 * {@code RequestMappingHandlerAdapter}, so {@code @PathVariable} conversion, validation and
 * exception handlers work) or a {@code HandlerFunction} (run by {@code HandlerFunctionAdapter}).
 * {@link io.github.toolshed.surlex.spring.UrlReverser} reads the same table (by route name, by
 * {@code Method}, or by a {@link io.github.toolshed.surlex.spring.HandlerRef} method reference).
 * {@link io.github.toolshed.surlex.spring.SurlexDateArgumentResolver} binds
 * {@link io.github.toolshed.surlex.spring.SurlexDate} {@code LocalDate} parameters from year,
 * month and day captures.
 */
package io.github.toolshed.surlex.spring;

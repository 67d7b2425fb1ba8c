/**
 * The service-provider interface for extending the template language.
 *
 * <p><b>Filters.</b> A {@link io.github.toolshed.template.spi.Filter} is a function from a value
 * (and an optional argument) to a value; a {@link io.github.toolshed.template.spi.FilterSpec}
 * names it and carries Django's flags ({@code is_safe}, {@code needs_autoescape},
 * {@code expects_localtime}); the engine applies the flags, so a filter only computes.
 * {@link io.github.toolshed.template.spi.FilterContext} gives a filter the autoescape state, the
 * {@link io.github.toolshed.template.spi.TemplateSettings} and variable lookups.
 *
 * <p><b>Libraries.</b> A {@link io.github.toolshed.template.spi.Library} bundles tags and filters
 * under a name and an owner qualifier. Register it with {@code Engine.builder().library(lib)} or
 * ship a {@link io.github.toolshed.template.spi.LibraryProvider} for {@link java.util.ServiceLoader}
 * discovery ({@code Engine.builder().discoverLibraries()}). Templates then {@code {% load %}} or
 * {@code {% import %}} it. Three kinds of tag:
 * <ul>
 *   <li>{@link io.github.toolshed.template.spi.SimpleTag}: a function of the resolved positional
 *       and keyword arguments ({@link io.github.toolshed.template.spi.TagCall}); its value is
 *       displayed (escaped unless safe) or stored with {@code as var};</li>
 *   <li>{@link io.github.toolshed.template.spi.InclusionTag}: computes variables for another
 *       template and renders it;</li>
 *   <li>{@link io.github.toolshed.template.spi.BlockTag}: full control; it reads its words from a
 *       {@link io.github.toolshed.template.spi.BlockParser}, compiles
 *       {@link io.github.toolshed.template.spi.Expression}s, parses a
 *       {@link io.github.toolshed.template.spi.Body} up to its end tag, and returns a
 *       {@link io.github.toolshed.template.spi.TagRenderer} that writes output at render time with
 *       a {@link io.github.toolshed.template.spi.TagScope}.</li>
 * </ul>
 *
 * <pre>{@code
 * Library shop = Library.builder("shop").owner("com.example.shop")
 *         // {% price item.amount currency="EUR" %}
 *         .simpleTag("price", call -> call.args().get(0) + " " + call.kwargs().getOrDefault("currency", "USD"))
 *         // {% upper_block %}...{% endupper_block %}
 *         .tag("upper_block", parser -> {
 *             if (!parser.arguments().isEmpty()) {
 *                 throw parser.error("'upper_block' takes no arguments");
 *             }
 *             Body body = parser.parseUntil("endupper_block");
 *             parser.nextTag(); // consume {% endupper_block %}
 *             return (scope, out) -> out.append(body.render(scope).toUpperCase(java.util.Locale.ROOT));
 *         })
 *         .build();
 * Engine engine = Engine.builder().library(shop).build();
 * engine.fromString("{% load shop %}{% price 3 currency='EUR' %}").render(Map.of()); // "3 EUR"
 * }</pre>
 */
package io.github.toolshed.template.spi;

/**
 * Simple URL Expressions (surlex): a concise URL-pattern language compiled to
 * {@link java.util.regex.Pattern}, with reversing and a fast route table.
 *
 * <h2>How the pieces fit</h2>
 * {@link io.github.toolshed.surlex.Surlex#compile(String, MacroRegistry)} parses a pattern
 * (package-private {@code Parser}, grammar in its javadoc) into nodes, writes the equivalent regex
 * and compiles it; {@code <name:MACRO>} looks macros up in a {@link io.github.toolshed.surlex.MacroRegistry}.
 * A {@link io.github.toolshed.surlex.Surlex} matches paths and reverses capture values into
 * paths. A {@link io.github.toolshed.surlex.Router} holds many
 * {@link io.github.toolshed.surlex.Route}s, dispatches a path to the first declared match
 * (a {@link io.github.toolshed.surlex.RouteMatch}) through a trie over the routes' literal
 * prefixes, and reverses by route name.
 *
 * <h2>The language</h2>
 * <ul>
 *   <li>{@code <name>} captures {@code .+};</li>
 *   <li>{@code <name=REGEX>} captures a regex ({@code \>} inside stands for {@code >});</li>
 *   <li>{@code <name:MACRO>} captures a macro's regex, see {@link io.github.toolshed.surlex.MacroRegistry};</li>
 *   <li>{@code <=REGEX>} and {@code <:MACRO>} match without capturing;</li>
 *   <li>{@code ( ... )} is an optional section, sections nest;</li>
 *   <li>{@code *} matches anything ({@code .*});</li>
 *   <li>{@code ^} first and {@code $} last are anchors; {@code \x} makes {@code x} literal;</li>
 *   <li>everything else is literal text, regex metacharacters included.</li>
 * </ul>
 *
 * <h2>Errors</h2>
 * Every exception is a {@link io.github.toolshed.surlex.SurlexException}; syntax errors are
 * {@link io.github.toolshed.surlex.SurlexSyntaxException}s with position and caret view.
 */
package io.github.toolshed.surlex;

package io.github.toolshed.template.repl;

import io.github.toolshed.template.Context;

/**
 * Where a render paused at {@code {% repl %}}.
 *
 * @param context the live render context at the tag (loop variables included)
 * @param templateName the template's name, or {@code null} for a string template
 * @param line the tag's 1-based line
 */
public record Breakpoint(Context context, String templateName, int line) {
}

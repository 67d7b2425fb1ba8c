package io.github.toolshed.template;

import java.util.Set;
import java.util.TreeSet;

/** Strict mode: a variable that does not resolve is an error naming what was available. */
final class Strict {

    private static final Set<String> BUILTIN_NAMES = Set.of("True", "False", "None");
    private static final int MAX_LISTED = 50;

    private Strict() {}

    static TemplateRenderError missing(String variable, Context context) {
        TreeSet<String> names = new TreeSet<>(context.flatten().keySet());
        names.removeAll(BUILTIN_NAMES);
        String listed = names.size() > MAX_LISTED
                ? String.join(", ", names.stream().limit(MAX_LISTED).toList()) + ", ... (" + names.size() + " in all)"
                : String.join(", ", names);
        return new TemplateRenderError("VariableDoesNotExist", "Variable '" + variable
                + "' does not exist (strict mode). Available: " + (names.isEmpty() ? "(none)" : listed));
    }
}

package io.github.toolshed.surlex;

import java.util.List;

/**
 * A {@code <name:MACRO>} or {@code <:MACRO>} refers to a macro that the {@link MacroRegistry} in
 * use does not know. Names the macro and lists the known ones.
 */
public class UnknownMacroException extends SurlexSyntaxException {

    private final String macro;
    private final List<String> knownMacros;

    /**
     * Creates the exception.
     *
     * @param pattern the surlex being compiled
     * @param position the 0-based position of the macro name in the pattern
     * @param macro the unknown macro name
     * @param knownMacros the macro names the registry does know
     */
    public UnknownMacroException(String pattern, int position, String macro, List<String> knownMacros) {
        super(pattern, position, "unknown macro '" + macro + "' (known macros: " + String.join(", ", knownMacros) + ")");
        this.macro = macro;
        this.knownMacros = List.copyOf(knownMacros);
    }

    /**
     * Returns the macro name that was not found.
     *
     * @return the name as written in the pattern
     */
    public String macro() {
        return macro;
    }

    /**
     * Returns the macro names the registry knows, in registration order.
     *
     * @return an immutable list
     */
    public List<String> knownMacros() {
        return knownMacros;
    }
}

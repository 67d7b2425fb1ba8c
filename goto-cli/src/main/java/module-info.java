/**
 * goto: directory aliases with a safe shell integration. Exports only the alias store API; the
 * command line lives in the unexported {@code internal} package.
 */
module io.github.toolshed.gotocli {
    exports io.github.toolshed.gotocli;
}

package io.github.toolshed.template.spring;

/**
 * Wraps the render of a {@link ToolshedView}: {@link #NONE} just runs it; the REPL's version
 * ({@link ReplConfiguration}) attaches a terminal console so {@code {% repl %}} pauses there.
 */
@FunctionalInterface
interface ViewBreakpoints {

    /** Renders without a console: {@code {% repl %}} renders nothing. */
    ViewBreakpoints NONE = Runnable::run;

    /**
     * Runs a render.
     *
     * @param render the render
     */
    void around(Runnable render);
}

package io.github.toolshed.template.repl;

/**
 * What {@code {% repl %}} pauses into: a console attached to a render with
 * {@link Breakpoints#attach(ReplConsole, java.util.function.Supplier)}.
 */
@FunctionalInterface
public interface ReplConsole {

    /**
     * Opens a REPL on the context at the tag and returns when the user leaves it; rendering then
     * resumes. Values the user sets stay in the context for the rest of the render.
     *
     * @param point where rendering paused and its live context
     */
    void breakpoint(Breakpoint point);
}

package io.github.toolshed.shell;

/**
 * A step of the build's AOT training run ({@code -Dtoolshed.shell.aot-training=true}): a command
 * group exercises the code its first use would load (without reading the user's terminal or
 * touching their files), so the AOT cache covers it and the launcher starts it fast.
 */
@FunctionalInterface
public interface AotTraining {

    /** Runs the step; a failure is ignored (training must never break the build). */
    void train();
}

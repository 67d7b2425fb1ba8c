package io.github.toolshed.shell;

import java.nio.file.Path;
import java.util.Map;

/** Finds the shell's state directory (history) by the XDG base directory rules. */
public final class StateDirectory {

    private StateDirectory() {}

    /**
     * Returns {@code $XDG_STATE_HOME/toolshed}, or {@code ~/.local/state/toolshed} when the
     * variable is unset, empty or not absolute (the XDG specification says to ignore it then).
     *
     * @param env the environment
     * @param home the user's home directory
     * @return the directory, which may not exist yet
     */
    public static Path resolve(Map<String, String> env, String home) {
        String state = env.get("XDG_STATE_HOME");
        if (state != null && !state.isEmpty() && Path.of(state).isAbsolute()) {
            return Path.of(state, "toolshed");
        }
        return Path.of(home, ".local", "state", "toolshed");
    }
}

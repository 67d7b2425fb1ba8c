package io.github.toolshed.sshtunnel;

import io.github.toolshed.sshtunnel.internal.UnifiedDiff;
import java.util.List;

/**
 * The result of an edit: the config before, the new text, and warnings worth showing.
 *
 * @param before the config as read
 * @param after the new text
 * @param warnings notes that do not block the edit (e.g. a {@code Match} block that may apply)
 */
public record Edit(SshConfig before, String after, List<String> warnings) {

    /**
     * Copies the warnings.
     *
     * @param before the config as read
     * @param after the new text
     * @param warnings non-blocking notes
     */
    public Edit {
        warnings = List.copyOf(warnings);
    }

    /** @return whether the text changes */
    public boolean changed() {
        return !before.text().equals(after);
    }

    /**
     * Returns a unified diff (3 lines of context) from the old text to the new one.
     *
     * @param label the file name shown in the {@code ---}/{@code +++} headers
     * @return the diff, empty when nothing changes
     */
    public String diff(String label) {
        return UnifiedDiff.diff(before.text(), after, label, 3);
    }
}

package io.github.toolshed.testsupport;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds server binaries on {@code PATH} and in the sbin directories where Debian puts daemons. */
public final class Binaries {

    private Binaries() {}

    /**
     * Returns the path of an executable, or throws naming the package that provides it.
     *
     * @param binary the executable's file name, e.g. {@code redis-server}
     * @param debianPackage the Debian package that installs it, e.g. {@code redis-server}
     * @return the absolute path of the executable
     * @throws MissingBinaryException when it is not installed
     */
    public static Path require(String binary, String debianPackage) {
        return find(binary).orElseThrow(() -> new MissingBinaryException(binary, debianPackage));
    }

    /**
     * Looks an executable up on {@code PATH}, then in {@code /usr/sbin} and {@code /usr/local/sbin}.
     *
     * @param binary the executable's file name
     * @return its absolute path, if found
     */
    public static Optional<Path> find(String binary) {
        List<String> dirs = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            dirs.addAll(List.of(path.split(File.pathSeparator)));
        }
        dirs.addAll(List.of("/usr/sbin", "/usr/local/sbin", "/sbin"));
        for (String dir : dirs) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, binary);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate.toAbsolutePath());
            }
        }
        return Optional.empty();
    }
}

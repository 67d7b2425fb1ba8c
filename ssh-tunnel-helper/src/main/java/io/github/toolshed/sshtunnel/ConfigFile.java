package io.github.toolshed.sshtunnel;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An ssh_config file on disk, read once and written back safely.
 *
 * <p>Writing makes a timestamped backup ({@code config.bak-YYYYMMDDTHHMMSSZ}, mode 0600) of the
 * previous content, writes a temporary file with mode 0600 in the same directory, fsyncs it, lets
 * the caller validate that candidate, and renames it over the file atomically. It refuses to write
 * when the file changed since it was read. A symlinked config is written through to its target,
 * so the link stays a link. A missing parent directory is created with mode 0700.
 */
public final class ConfigFile {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final Path path;
    private final Path target;
    private final boolean existed;
    private final byte[] bytes;
    private final SshConfig config;

    private ConfigFile(Path path, Path target, boolean existed, byte[] bytes, SshConfig config) {
        this.path = path;
        this.target = target;
        this.existed = existed;
        this.bytes = bytes;
        this.config = config;
    }

    /**
     * Reads and parses a config file; a missing file reads as empty.
     *
     * @param path the file
     * @return the loaded file
     * @throws SshTunnelException when it cannot be read, is not UTF-8 or does not parse
     */
    public static ConfigFile read(Path path) {
        try {
            Path target = Files.exists(path) ? path.toRealPath() : path.toAbsolutePath();
            boolean existed = Files.exists(target);
            byte[] bytes = existed ? Files.readAllBytes(target) : new byte[0];
            return new ConfigFile(path, target, existed, bytes, SshConfig.parse(decode(bytes, path), path.toString()));
        } catch (IOException e) {
            throw new SshTunnelException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private static String decode(byte[] bytes, Path path) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new SshTunnelException(path + " is not valid UTF-8", e);
        }
    }

    /** @return the path as given */
    public Path path() {
        return path;
    }

    /** @return the file actually written (the symlink's target, if the path is a link) */
    public Path target() {
        return target;
    }

    /** @return whether the file existed when it was read */
    public boolean exists() {
        return existed;
    }

    /** @return the parsed content */
    public SshConfig config() {
        return config;
    }

    /**
     * Writes new content: backup, temporary candidate (0600), validation, atomic rename.
     *
     * @param text the new content
     * @param clock for the backup's timestamp
     * @param validateCandidate called with the candidate file before it replaces the config; throw to abort
     * @return the backup made, if the file existed
     * @throws SshTunnelException when the file changed since it was read, or on I/O errors
     */
    public Optional<Path> write(String text, Clock clock, Consumer<Path> validateCandidate) {
        Path dir = target.toAbsolutePath().getParent();
        Path candidate = null;
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            candidate = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (FileChannel ch = FileChannel.open(candidate, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            validateCandidate.accept(candidate);
            Optional<Path> backup = existed ? Optional.of(replace(candidate, clock)) : Optional.empty();
            if (!existed) {
                create(candidate);
            }
            candidate = null;
            syncDirectory(dir);
            return backup;
        } catch (IOException e) {
            throw new SshTunnelException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (candidate != null) {
                try {
                    Files.deleteIfExists(candidate);
                } catch (IOException ignored) {
                    // the candidate is a hidden temp file; leaving it is harmless
                }
            }
        }
    }

    /**
     * Replaces the file while holding an exclusive lock on it, so two writers that read the same
     * content cannot both succeed: the second one sees the first one's content and refuses.
     */
    private Path replace(Path candidate, Clock clock) throws IOException {
        try (FileChannel ch = FileChannel.open(target, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = lock(ch);
            try {
                if (!Arrays.equals(Files.readAllBytes(target), bytes)) {
                    throw changed();
                }
                Path backup = backup(clock);
                try {
                    Files.move(candidate, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    throw new SshTunnelException("cannot replace " + target + " atomically: " + e.getMessage(), e);
                }
                return backup;
            } finally {
                lock.release();
            }
        } catch (NoSuchFileException gone) {
            throw changed();
        }
    }

    /** A hard link creates the file atomically and fails if someone created it meanwhile. */
    private void create(Path candidate) throws IOException {
        try {
            Files.createLink(target, candidate);
            Files.delete(candidate);
        } catch (FileAlreadyExistsException e) {
            throw changed();
        } catch (UnsupportedOperationException noHardLinks) {
            if (Files.exists(target)) {
                throw changed();
            }
            Files.move(candidate, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static FileLock lock(FileChannel ch) throws IOException {
        while (true) {
            try {
                return ch.lock();
            } catch (OverlappingFileLockException sameProcess) {
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SshTunnelException("interrupted while waiting for the lock on a config file", e);
                }
            }
        }
    }

    private SshTunnelException changed() {
        return new SshTunnelException(target + " changed since it was read; nothing was written, run the command again");
    }

    private Path backup(Clock clock) throws IOException {
        String base = target.getFileName() + ".bak-" + STAMP.format(clock.instant().atZone(ZoneOffset.UTC));
        for (int n = 0; ; n++) {
            Path b = target.resolveSibling(n == 0 ? base : base + "-" + n);
            try {
                Files.createFile(b, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (FileAlreadyExistsException taken) {
                continue;
            }
            Files.write(b, bytes);
            return b;
        }
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException ignored) {
            // not every file system lets a directory be opened for fsync; the rename is already done
        }
    }
}

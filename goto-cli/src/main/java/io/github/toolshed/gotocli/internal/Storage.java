package io.github.toolshed.gotocli.internal;

import io.github.toolshed.gotocli.GotoException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Function;

/**
 * Reads and atomically rewrites a targets file under an exclusive lock.
 *
 * <p>Reads take no lock: a rewrite replaces the file by rename, so a reader sees the old or the
 * new file, never a mix. Writers lock {@code <file>.lock} (not the file itself, which the rename
 * replaces), re-read, change, write {@code <file>.tmp-<pid>}, fsync it, rename it over the file
 * and fsync the directory. If the file is a symbolic link the link's target is rewritten.
 *
 * @param file the targets file
 * @param home the directory a leading {@code ~/} in the file stands for, or null
 */
public record Storage(Path file, String home) {

    /** Reads the file; an absent file reads as empty. */
    public TargetsFile read() {
        try {
            return TargetsFile.parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), home);
        } catch (NoSuchFileException e) {
            return TargetsFile.empty();
        } catch (IOException e) {
            throw new GotoException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Applies a change to the file under the lock and writes the result atomically.
     *
     * @param change edits the file's lines and returns a result; throwing leaves the file as it was
     * @return the change's result
     */
    public <R> R update(Function<TargetsFile, R> change) {
        Path real = realFile();
        Path dir = real.getParent();
        try {
            Files.createDirectories(dir);
            try (FileChannel lockChannel = FileChannel.open(
                            dir.resolve(real.getFileName() + ".lock"),
                            StandardOpenOption.CREATE,
                            StandardOpenOption.WRITE);
                    FileLock lock = acquire(lockChannel)) {
                assert lock.isValid();
                TargetsFile current = read();
                R result = change.apply(current);
                write(real, current.format());
                return result;
            }
        } catch (IOException e) {
            throw new GotoException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private Path realFile() {
        try {
            return Files.isSymbolicLink(file) ? file.toRealPath() : file;
        } catch (IOException e) {
            // A dangling link: write where it points, so the link keeps working.
            try {
                Path target = Files.readSymbolicLink(file);
                return file.resolveSibling(target);
            } catch (IOException again) {
                throw new GotoException("cannot follow link " + file + ": " + again.getMessage(), again);
            }
        }
    }

    /**
     * Locks the channel, waiting for other processes. Threads of this JVM that lock the same
     * file get OverlappingFileLockException instead of waiting, so they retry.
     */
    private static FileLock acquire(FileChannel channel) throws IOException {
        long pause = 1;
        while (true) {
            try {
                return channel.lock();
            } catch (OverlappingFileLockException e) {
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new GotoException("interrupted while waiting for the lock on the targets file", interrupted);
                }
                pause = Math.min(pause * 2, 20);
            }
        }
    }

    private static void write(Path real, String content) throws IOException {
        Path temp = real.resolveSibling(real.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try {
            try (FileChannel out = FileChannel.open(
                    temp,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
                out.force(true);
            }
            try {
                Files.move(temp, real, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, real, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        syncDirectory(real.getParent());
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException ignored) {
            // Some file systems cannot fsync a directory; the rename itself is still atomic.
        }
    }
}

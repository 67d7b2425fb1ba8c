package io.github.toolshed.cache.nginx;

import io.github.toolshed.cache.CacheException;
import io.github.toolshed.cache.CachedPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * A {@link PagePublisher} that writes page bodies as files under a root directory for nginx to
 * serve with {@code try_files $uri $uri/index.html @app} (see {@link NginxConfig#staticFiles}),
 * and deletes them on purge.
 *
 * <p>A request path maps to a file the way nginx maps {@code $uri}: percent-decoded, and a path
 * ending in {@code /} to its {@code index.html}. Paths that could leave the root or be read
 * differently by nginx are refused: {@code .} and {@code ..} segments, encoded slashes or
 * backslashes, NUL and control characters, malformed encodings, and any existing symbolic link
 * on the way. Files are written to a temporary file in the same directory and renamed into place,
 * so nginx never serves half a page. A path whose file would collide with a directory (or the
 * reverse) is not published.
 */
public final class StaticPagePublisher implements PagePublisher {

    private static final System.Logger LOG = System.getLogger(StaticPagePublisher.class.getName());

    private final Path root;

    /**
     * Creates a publisher writing under a directory, which is created if missing.
     *
     * @param root the directory nginx uses as {@code root}
     * @throws CacheException if the directory cannot be created
     */
    public StaticPagePublisher(Path root) {
        try {
            Files.createDirectories(root);
            this.root = root.toRealPath();
        } catch (IOException e) {
            throw new CacheException("cannot use " + root + " as the static page root", e);
        }
    }

    /**
     * Maps a request path to its file under the root, or returns empty when the path is refused.
     *
     * @param requestPath the raw request path, e.g. {@code /blog/caf%C3%A9/}
     * @return the file, e.g. {@code <root>/blog/café/index.html}
     */
    public Optional<Path> fileFor(String requestPath) {
        if (requestPath == null || !requestPath.startsWith("/") || requestPath.length() > 2048) {
            return Optional.empty();
        }
        String lower = requestPath.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")) {
            return Optional.empty();
        }
        String decoded = decode(requestPath);
        if (decoded == null) {
            return Optional.empty();
        }
        String relative = decoded.substring(1) + (decoded.endsWith("/") ? "index.html" : "");
        for (String segment : relative.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return Optional.empty();
            }
        }
        for (int i = 0; i < relative.length(); i++) {
            char c = relative.charAt(i);
            if (c < ' ' || c == 127 || c == '\\') {
                return Optional.empty();
            }
        }
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            return Optional.empty();
        }
        for (Path p = file; !p.equals(root); p = p.getParent()) {
            if (Files.isSymbolicLink(p)) {
                return Optional.empty();
            }
        }
        return Optional.of(file);
    }

    @Override
    public void publish(CachedPage page) {
        Optional<Path> target = fileFor(page.path());
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get();
        try {
            Files.createDirectories(file.getParent());
            if (!file.getParent().toRealPath().startsWith(root) || Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            Path temp = Files.createTempFile(file.getParent(), ".publish-", ".tmp");
            try {
                Files.write(temp, page.body());
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.DEBUG, "could not publish " + page.path() + " as a static file", e);
        }
    }

    @Override
    public void unpublish(CachedPage page) {
        fileFor(page.path()).ifPresent(file -> {
            try {
                if (!Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not delete the static file of " + page.path(), e);
            }
        });
    }

    /** Percent-decodes a path as strict UTF-8; returns null when the encoding is malformed. */
    private static String decode(String path) {
        byte[] bytes = new byte[path.length() * 4];
        int length = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%') {
                if (i + 2 >= path.length()) {
                    return null;
                }
                int hi = Character.digit(path.charAt(i + 1), 16);
                int lo = Character.digit(path.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes[length++] = (byte) (hi * 16 + lo);
                i += 2;
            } else {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    bytes[length++] = b;
                }
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}

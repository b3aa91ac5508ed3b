package dev.vigil.history;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;

/**
 * Keeps sqlite-jdbc's native library unpacked in the user's cache directory
 * ({@code $XDG_CACHE_HOME/vigil}, made 0700), so that opening history does not unpack 1 MB from
 * the jar into /tmp on every start: that was half of replay's time to open a file. The copy is
 * named by the jar's path, size and time, so a new vigil brings its own. When anything here fails
 * (no home, a read-only disk, not run from a jar), sqlite-jdbc unpacks it as before.
 */
final class NativeLibrary {
    private static final String NAME = "libsqlitejdbc.so";
    private static boolean done;

    private NativeLibrary() {
    }

    static synchronized void prepare() {
        if (done) return;
        done = true;
        // A library or a directory to unpack it in chosen by whoever started us (the build's
        // rehearsal) is left alone.
        if (System.getProperty("org.sqlite.lib.path") != null || System.getProperty("org.sqlite.tmpdir") != null
                || !"Linux".equals(System.getProperty("os.name"))) return;
        String arch = switch (System.getProperty("os.arch", "")) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> null;
        };
        if (arch == null) return;
        try {
            // The folder sqlite-jdbc would pick on glibc; on musl the copy fails to load and
            // sqlite-jdbc goes on to unpack the right one itself.
            URL url = NativeLibrary.class.getClassLoader().getResource("org/sqlite/native/Linux/" + arch + "/" + NAME);
            if (url == null || !url.getProtocol().equals("jar")) return;
            String spec = url.getPath();
            int bang = spec.indexOf("!/");
            if (bang < 0 || !spec.startsWith("file:")) return;
            Path jar = Path.of(URI.create(spec.substring(0, bang)));
            BasicFileAttributes a = Files.readAttributes(jar, BasicFileAttributes.class);
            Path dir = cacheDir();
            if (dir == null) return;
            long key = (jar.toAbsolutePath().toString().hashCode() * 31L + a.size()) * 31L
                    + a.lastModifiedTime().toMillis();
            Path file = dir.resolve(String.format(Locale.ROOT, "sqlite-%016x-%s", key, NAME));
            if (!Files.isRegularFile(file)) {
                if (!Files.isDirectory(dir)) {
                    Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rwx------")));
                }
                Path tmp = Files.createTempFile(dir, "sqlite", ".tmp");
                try (InputStream in = url.openStream()) {
                    Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
            System.setProperty("org.sqlite.lib.path", dir.toString());
            System.setProperty("org.sqlite.lib.name", file.getFileName().toString());
        } catch (IOException | RuntimeException e) {
            // sqlite-jdbc unpacks its library itself
        }
    }

    private static Path cacheDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && xdg.startsWith("/")) return Path.of(xdg, "vigil");
        String home = System.getProperty("user.home");
        if (home == null || home.isEmpty() || home.equals("/") || home.equals("?")) return null;
        return Path.of(home, ".cache", "vigil");
    }
}

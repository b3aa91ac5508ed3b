package dev.vigil.model;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Replaces a file's text atomically: through symlinks to the file they point at, via a temporary
 * file in that file's directory, synced, given the file's mode, then renamed over it. Temporary
 * files are named {@code .NAME.PID.N.tmp}; one whose writer is gone (killed between write and
 * rename) is removed at the next write, as is an older vigil's {@code .NAME.*.tmp} past an hour.
 */
final class ConfigWriter {
    private static final int MAX_LINKS = 40;
    private static final long OLD_MILLIS = 3_600_000;
    private static final AtomicLong COUNTER = new AtomicLong();

    private ConfigWriter() {
    }

    /** The file a path names after following symlinks (which may not exist yet). */
    static Path target(Path path) throws IOException {
        Path p = path.toAbsolutePath();
        for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(p); i++) {
            Path link = Files.readSymbolicLink(p);
            p = link.isAbsolute() ? link : p.getParent().resolve(link);
        }
        return p;
    }

    static void write(Path path, String text) throws IOException {
        Path target = target(path);
        Path dir = target.getParent();
        Files.createDirectories(dir);
        String name = target.getFileName().toString();
        removeStale(dir, name);
        Set<PosixFilePermission> mode = Files.exists(target) ? Files.getPosixFilePermissions(target) : null;
        Path tmp = dir.resolve("." + name + "." + ProcessHandle.current().pid() + "." + COUNTER.incrementAndGet() + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer b = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (b.hasRemaining()) ch.write(b);
                ch.force(true);
            }
            if (mode != null) Files.setPosixFilePermissions(tmp, mode);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Removes .NAME.PID.N.tmp files of writers that are gone, and old .NAME.*.tmp of any kind. */
    private static void removeStale(Path dir, String name) {
        String prefix = "." + name + ".";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "." + name + ".*.tmp")) {
            for (Path f : files) {
                String middle = f.getFileName().toString();
                middle = middle.substring(prefix.length(), middle.length() - ".tmp".length());
                if (stale(f, middle)) Files.deleteIfExists(f);
            }
        } catch (IOException | RuntimeException e) {
            // a leftover stays until the next write; never a reason not to save
        }
    }

    private static boolean stale(Path f, String middle) throws IOException {
        String[] parts = middle.split("\\.");
        if (parts.length == 2 && parts[0].chars().allMatch(Character::isDigit) && !parts[0].isEmpty()
                && parts[0].length() < 10) {
            long pid = Long.parseLong(parts[0]);
            if (pid == ProcessHandle.current().pid()) return false;
            if (ProcessHandle.of(pid).isEmpty()) return true;
        }
        return System.currentTimeMillis() - Files.getLastModifiedTime(f).toMillis() > OLD_MILLIS;
    }
}

package dev.vigil.action;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * When lowering a limit would go under what the process uses now, and what happens then:
 * {@code nofile} under its open descriptors, {@code as} under its virtual size. The use is read
 * fresh from /proc; the question is pure ({@link #question}).
 */
public final class LimitRisk {
    private LimitRisk() {
    }

    /** What the process uses now of this limit's resource; -1 when not tracked or unreadable. */
    public static long use(Target t, Rlimit r) {
        return switch (r) {
            case NOFILE -> openFiles(t.pid());
            case AS -> vsize(t.pid());
            default -> -1;
        };
    }

    /**
     * The y/n question when the new soft value is under the use, else empty. {@code use} as from
     * {@link #use}; {@code newSoft} the soft value that will hold after the change.
     */
    public static Optional<String> question(Target t, Rlimit r, long newSoft, long use) {
        if (use < 0 || newSoft == Rlimit.UNLIMITED || newSoft >= use) return Optional.empty();
        String who = t.label();
        return Optional.of(switch (r) {
            case NOFILE -> "Lower nofile of " + who + " to " + newSoft + "? It has " + use + " files open: it keeps"
                    + " them, but every open, socket or accept fails with EMFILE until it is under " + newSoft + ". (y/n)";
            case AS -> "Lower as of " + who + " to " + r.format(newSoft) + "? It maps " + r.format(use) + " now:"
                    + " what is mapped stays, but every new mapping or allocation fails (ENOMEM) until it is under"
                    + " the limit; many programs abort then. (y/n)";
            default -> "Lower " + r.shortName + " of " + who + " to " + r.format(newSoft) + "? It uses " + use + ". (y/n)";
        });
    }

    static long openFiles(int pid) {
        long n = 0;
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(Path.of("/proc", Integer.toString(pid), "fd"))) {
            for (Path ignored : dir) n++;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return n;
    }

    /** Virtual size in bytes, field 23 of /proc/PID/stat; -1 when unreadable. */
    static long vsize(int pid) {
        try {
            String text = Files.readString(Path.of("/proc", Integer.toString(pid), "stat"),
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            String[] f = text.substring(text.lastIndexOf(')') + 2).trim().split(" +");
            return Long.parseLong(f[20]); // field 23 is f[23 - 3]
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}

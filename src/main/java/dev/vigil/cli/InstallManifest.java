package dev.vigil.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What {@code vigil install} put under a prefix, kept in PREFIX/share/vigil/install-manifest so
 * that {@code vigil uninstall} removes exactly that: one line per entry, {@code dir PATH} for a
 * directory it created, {@code link PATH} for the launcher's link, {@code file SHA256 PATH} for a
 * file it wrote. Paths are relative to the prefix; a line naming anything outside it is an error.
 */
record InstallManifest(List<Entry> entries) {
    static final String PATH = "share/vigil/install-manifest";

    enum Kind { DIR, LINK, FILE }

    /** One thing vigil put there; hash is the SHA-256 of a file's content, "" otherwise. */
    record Entry(Kind kind, String path, String hash) {
    }

    InstallManifest {
        entries = List.copyOf(entries);
    }

    static InstallManifest empty() {
        return new InstallManifest(List.of());
    }

    /** The manifest under prefix, empty when there is none. */
    static InstallManifest read(Path prefix) throws IOException {
        Path f = prefix.resolve(PATH);
        if (!Files.isRegularFile(f)) return empty();
        List<Entry> out = new ArrayList<>();
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            String[] w = line.split(" ", 3);
            Entry e = switch (w[0]) {
                case "dir" -> w.length == 2 ? new Entry(Kind.DIR, w[1], "") : null;
                case "link" -> w.length == 2 ? new Entry(Kind.LINK, w[1], "") : null;
                case "file" -> w.length == 3 ? new Entry(Kind.FILE, w[2], w[1]) : null;
                default -> null;
            };
            if (e == null || !inside(e.path())) throw new IOException(f + ": not a line vigil wrote: " + line);
            out.add(e);
        }
        return new InstallManifest(out);
    }

    void write(Path prefix) throws IOException {
        StringBuilder b = new StringBuilder();
        for (Entry e : entries) {
            switch (e.kind()) {
                case DIR -> b.append("dir ").append(e.path());
                case LINK -> b.append("link ").append(e.path());
                case FILE -> b.append("file ").append(e.hash()).append(' ').append(e.path());
            }
            b.append('\n');
        }
        Files.writeString(prefix.resolve(PATH), b.toString(), StandardCharsets.UTF_8);
    }

    Entry find(String path) {
        for (Entry e : entries) if (e.path().equals(path)) return e;
        return null;
    }

    /** A relative path that stays under the prefix. */
    static boolean inside(String p) {
        Path path = Path.of(p);
        return !p.isEmpty() && !path.isAbsolute() && path.normalize().equals(path) && !path.startsWith("..");
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the file at p is a regular file (not a link) whose content has this hash. */
    static boolean unchanged(Path p, String hash) throws IOException {
        return Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) && sha256(Files.readAllBytes(p)).equals(hash);
    }
}

package dev.vigil.model;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Reads and writes vigil.conf. A missing file means defaults. A file that cannot be read or
 * parsed also means defaults, plus a one-line problem for the status line, and from then on
 * this object never writes the file, so the user's (broken) file survives for them to fix.
 * Writes go to a temporary file in the same directory, then an atomic rename.
 */
public final class ConfigFile {
    private final Path path;
    private boolean locked;

    /**
     * The settings read, what was wrong with the file (null when nothing), and its text ("" when
     * there was none or it was refused), so that other readers of the same file (alert rules)
     * need not read it again.
     */
    public record Loaded(Config config, String problem, String text) {
        public Loaded(Config config, String problem) {
            this(config, problem, "");
        }
    }

    public ConfigFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    /** False after a load found the file unreadable or invalid. */
    public boolean writable() {
        return !locked;
    }

    public Loaded load() {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(path);
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            return new Loaded(Config.DEFAULTS, null);
        } catch (CharacterCodingException e) {
            return refuse("is not UTF-8 text");
        } catch (IOException e) {
            return refuse("cannot be read (" + reason(e) + ")");
        }
        try {
            return new Loaded(ConfigFormat.parse(text), null, text);
        } catch (ConfigFormat.Invalid e) {
            return refuse(e.getMessage());
        }
    }

    private Loaded refuse(String why) {
        locked = true;
        return new Loaded(Config.DEFAULTS, "config " + path + " " + (why.startsWith("line") ? "invalid at " : "")
                + why + "; using defaults and leaving the file alone");
    }

    /**
     * Writes the config atomically. Returns false without touching the file when an earlier
     * load refused it. Throws when the directory or file cannot be written.
     */
    public boolean save(Config c) throws IOException {
        if (locked) return false;
        Path dir = path.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".vigil.conf.", ".tmp");
        try {
            Files.writeString(tmp, ConfigFormat.format(c), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        return true;
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        return m == null ? kind : kind + ": " + m;
    }
}

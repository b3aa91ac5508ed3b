package dev.vigil.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads and writes vigil.conf. A missing file means defaults. A file that cannot be read or
 * parsed, or is over {@link #MAX_BYTES}, also means defaults, plus a one-line problem for the
 * status line, and from then on this object never writes the file, so the user's file survives.
 *
 * <p>A save writes only when a setting differs from what the file held, and then changes only
 * the lines of the settings that changed ({@link ConfigEdit}) in the file as it is now: comments,
 * unknown keys and edits made while vigil ran stay. The write goes through a symlink to its
 * target, atomically, keeping the file's mode ({@link ConfigWriter}).
 */
public final class ConfigFile {
    /** Larger files are refused: no settings file is that long, and reading one whole costs memory. */
    public static final int MAX_BYTES = 1 << 20;

    private final Path path;
    private boolean locked;
    private Config onDisk; // the settings the file holds as last read or written; null before

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

    /** False after a load found the file unreadable, too large or invalid. */
    public boolean writable() {
        return !locked;
    }

    public Loaded load() {
        String text;
        try {
            text = read();
        } catch (TooLarge e) {
            return refuse("is over 1 MB (" + e.size + " bytes)");
        } catch (CharacterCodingException e) {
            return refuse("is not UTF-8 text");
        } catch (IOException e) {
            return refuse("cannot be read (" + reason(e) + ")");
        }
        try {
            Config c = text == null ? Config.DEFAULTS : ConfigFormat.parse(text);
            onDisk = c;
            return new Loaded(c, null, text == null ? "" : text);
        } catch (ConfigFormat.Invalid e) {
            return refuse(e.getMessage());
        }
    }

    /**
     * Never writes the file from now on: a part of the program found a line in it that it
     * refuses (a bad escalation chain), and the user's file is left for them to fix.
     */
    public void keepAsIs() {
        locked = true;
    }

    private Loaded refuse(String why) {
        locked = true;
        return new Loaded(Config.DEFAULTS, "config " + path + " " + (why.startsWith("line") ? "invalid at " : "")
                + why + "; using defaults and leaving the file alone");
    }

    /**
     * Writes the settings that changed since the load (or the last save) into the file; nothing
     * when none did. Returns false without touching the file when an earlier load refused it.
     * Throws when the file cannot be written, or has become invalid or too large meanwhile.
     */
    public boolean save(Config c) throws IOException {
        if (locked) return false;
        if (c.equals(onDisk)) return true;
        String now;
        Config current;
        try {
            now = read();
            current = now == null ? Config.DEFAULTS : ConfigFormat.parse(now);
        } catch (TooLarge e) {
            throw new IOException("it is now over 1 MB; left alone");
        } catch (ConfigFormat.Invalid e) {
            throw new IOException("it is now invalid (" + e.getMessage() + "); left alone");
        }
        Config from = onDisk == null ? current : onDisk;
        if (c.equals(from)) {
            onDisk = c;
            return true;
        }
        String text = now == null ? ConfigFormat.format(c) : ConfigEdit.apply(now, from, c);
        ConfigWriter.write(path, text);
        onDisk = c;
        return true;
    }

    /** The file's text, or null when there is no file. */
    private String read() throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            return null;
        }
        if (bytes.length > MAX_BYTES) throw new TooLarge(Files.size(path));
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static final class TooLarge extends IOException {
        final long size;

        TooLarge(long size) {
            super(null, null);
            this.size = size;
        }
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        return m == null ? kind : kind + ": " + m;
    }
}

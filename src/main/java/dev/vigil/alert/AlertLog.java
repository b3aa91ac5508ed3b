package dev.vigil.alert;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The alert log: every transition appended as one JSON line ({@link AlertJson#logLine}) to
 * {@code $XDG_STATE_HOME/vigil/alerts.jsonl} (default {@code ~/.local/state/vigil/alerts.jsonl}).
 * Each line goes out in a single write() on a file opened in append mode, so lines stay whole
 * even if vigil is killed, and two vigils appending to one log do not interleave within a line.
 * A failing log never stops the monitor: the reason is kept in {@link #error()} for the status
 * line and the next line tries again.
 */
public final class AlertLog implements Consumer<Transition>, AutoCloseable {
    private final Path file;
    private FileOutputStream out;
    private String error;
    private long lines;

    public AlertLog(Path file) {
        this.file = file;
    }

    /** The log at its default place for this environment (see {@link #defaultPath}). */
    public static AlertLog openDefault() {
        return new AlertLog(defaultPath(System.getenv()));
    }

    /**
     * {@code $XDG_STATE_HOME/vigil/alerts.jsonl} when XDG_STATE_HOME is set to an absolute path
     * (the XDG spec ignores relative ones), else {@code $HOME/.local/state/vigil/alerts.jsonl}.
     */
    public static Path defaultPath(Map<String, String> env) {
        String xdg = env.get("XDG_STATE_HOME");
        Path base;
        if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
            base = Path.of(xdg);
        } else {
            String home = env.getOrDefault("HOME", System.getProperty("user.home"));
            base = Path.of(home, ".local", "state");
        }
        return base.resolve("vigil").resolve("alerts.jsonl");
    }

    @Override
    public synchronized void accept(Transition t) {
        append(AlertJson.logLine(t));
    }

    /** Appends one whole line (which must end in a newline) with one write() call. */
    synchronized void append(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        try {
            if (out == null) {
                Path dir = file.getParent();
                if (dir != null) Files.createDirectories(dir);
                out = new FileOutputStream(file.toFile(), true);
            }
            out.write(bytes);
            lines++;
            error = null;
        } catch (IOException e) {
            error = "alert log " + file + ": " + e.getMessage();
            closeQuietly();
        }
    }

    public Path file() {
        return file;
    }

    /** Why the last write failed; null when it worked. */
    public synchronized String error() {
        return error;
    }

    /** Lines written by this log object. */
    public synchronized long lines() {
        return lines;
    }

    @Override
    public synchronized void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        if (out == null) return;
        try {
            out.close();
        } catch (IOException ignored) {
            // Nothing buffered: every line was written whole already.
        }
        out = null;
    }
}

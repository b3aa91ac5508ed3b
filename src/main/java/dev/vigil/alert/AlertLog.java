package dev.vigil.alert;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The alert log: every transition appended as one JSON line ({@link AlertJson#logLine}) to
 * {@code $XDG_STATE_HOME/vigil/alerts.jsonl} (default {@code ~/.local/state/vigil/alerts.jsonl}).
 * Each line goes out in a single write() on a file opened in append mode, under the file's lock,
 * so two vigils appending to one log do not interleave within a line. SIGKILL can still stop a write part way (the
 * kernel may stop at a page boundary), leaving a cut last line: when the log is opened and the
 * file does not end in a newline, one is written first, so the cut line stays one line of its
 * own and every later line is whole.
 * A failing log never stops the monitor: the reason is kept in {@link #error()} for the status
 * line and the next line tries again.
 */
public final class AlertLog implements Consumer<Transition>, AutoCloseable {
    private static final ConcurrentHashMap<Path, Object> JVM_LOCKS = new ConcurrentHashMap<>();

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

    /**
     * Appends one whole line (which must end in a newline) with one write() call, holding the
     * file's lock: a writer looking for a cut last line must not take another's write in
     * progress for one (a reader can see a long write half done).
     */
    synchronized void append(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        try {
            boolean fresh = out == null;
            if (fresh) {
                Path dir = file.getParent();
                if (dir != null) Files.createDirectories(dir);
                out = new FileOutputStream(file.toFile(), true);
            }
            // One lock object per file in this JVM: the OS lock does not exclude two channels of one process.
            synchronized (JVM_LOCKS.computeIfAbsent(file.toAbsolutePath(), k -> new Object())) {
                try (FileLock ignored = out.getChannel().lock()) {
                    if (fresh && endsCut()) bytes = withNewlineFirst(bytes);
                    out.write(bytes);
                }
            }
            lines++;
            error = null;
        } catch (IOException | RuntimeException e) {
            error = "alert log " + file + ": " + e.getMessage();
            closeQuietly();
        }
    }

    /** Whether the file is there, not empty, and its last byte is not a newline. */
    private boolean endsCut() throws IOException {
        try (RandomAccessFile r = new RandomAccessFile(file.toFile(), "r")) {
            long n = r.length();
            if (n == 0) return false;
            r.seek(n - 1);
            return r.read() != '\n';
        }
    }

    private static byte[] withNewlineFirst(byte[] line) {
        byte[] b = new byte[line.length + 1];
        b[0] = '\n';
        System.arraycopy(line, 0, b, 1, line.length);
        return b;
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

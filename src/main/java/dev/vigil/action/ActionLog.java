package dev.vigil.action;

import dev.vigil.sample.Text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every action result line, kept twice: the last {@code capacity} in memory for the on-demand
 * log view, and all of them appended to a file (one write per line, timestamped), by default
 * $XDG_STATE_HOME/vigil/actions.log or ~/.local/state/vigil/actions.log. A file that cannot be
 * written never stops an action: the first error is kept in {@link #fileError()}. Thread-safe.
 */
public final class ActionLog {
    /**
     * One logged line.
     *
     * @param timeMillis wall-clock time, epoch milliseconds
     * @param line       the result line, escaped to one printable line
     */
    public record Entry(long timeMillis, String line) {
        /** "2025-06-01T12:00:03+02:00 sent STOP to 3 processes" in the given zone. */
        public String format(ZoneId zone) {
            OffsetDateTime t = Instant.ofEpochMilli(timeMillis).atZone(zone).toOffsetDateTime()
                    .truncatedTo(ChronoUnit.SECONDS);
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t) + " " + line;
        }
    }

    public static final int DEFAULT_CAPACITY = 200;

    private final Path file;
    private final int capacity;
    private final ArrayDeque<Entry> recent = new ArrayDeque<>();
    private String fileError;

    /** A log writing to {@code file} (null: memory only), keeping {@code capacity} lines in memory. */
    public ActionLog(Path file, int capacity) {
        this.file = file;
        this.capacity = Math.max(1, capacity);
    }

    /** The default file: $XDG_STATE_HOME/vigil/actions.log, else ~/.local/state/vigil/actions.log. */
    public static Path defaultFile(Map<String, String> env) {
        String state = env.get("XDG_STATE_HOME");
        Path base;
        if (state != null && !state.isEmpty() && Path.of(state).isAbsolute()) {
            base = Path.of(state);
        } else {
            String home = env.getOrDefault("HOME", System.getProperty("user.home"));
            base = Path.of(home, ".local", "state");
        }
        return base.resolve("vigil").resolve("actions.log");
    }

    public Path file() {
        return file;
    }

    /** Records a line now. */
    public void add(String line) {
        add(System.currentTimeMillis(), line);
    }

    public synchronized void add(long timeMillis, String line) {
        // Kept as it is: the screen escapes what it draws. Escaped once for the file, so that
        // each entry is one line there.
        Entry e = new Entry(timeMillis, line);
        recent.addLast(e);
        while (recent.size() > capacity) recent.removeFirst();
        if (file != null) write(new Entry(timeMillis, Text.escape(line)).format(ZoneId.systemDefault()) + "\n");
    }

    private void write(String text) {
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ByteBuffer b = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (b.hasRemaining()) ch.write(b);
            }
        } catch (IOException | RuntimeException ex) {
            if (fileError == null) fileError = "cannot write " + file + ": " + ex.getMessage();
        }
    }

    /** The lines kept in memory, oldest first. */
    public synchronized List<Entry> recent() {
        return new ArrayList<>(recent);
    }

    /** The newest line, or null when nothing was logged. */
    public synchronized Entry last() {
        return recent.peekLast();
    }

    /** Why the file could not be written, or null when all went well. */
    public synchronized String fileError() {
        return fileError;
    }
}

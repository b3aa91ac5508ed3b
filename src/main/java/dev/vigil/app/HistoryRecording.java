package dev.vigil.app;

import dev.vigil.history.HistoryException;
import dev.vigil.history.Recorder;
import dev.vigil.history.Retention;
import dev.vigil.sample.Snapshot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The recorder as a snapshot listener: each snapshot it hears is appended to the history file
 * (one transaction), and retention and the size cap run in the background. Under
 * {@code vigil record} and {@code vigil --record}. What goes wrong while recording (a full disk)
 * never stops the run: it goes to the echo given (record's stderr) and waits in
 * {@link #problems()} for a screen to show. Thread-safe: the sampler thread records, another
 * thread may close.
 */
public final class HistoryRecording implements SnapshotListener, AutoCloseable {
    /** vigil record's defaults, also those of vigil --record: 7 days, 1 GiB. */
    public static final long DEFAULT_RETAIN_MILLIS = 7 * 86_400_000L;
    public static final long DEFAULT_MAX_BYTES = 1L << 30;

    private final Recorder recorder;
    private final List<String> problems = new ArrayList<>(); // guarded by itself
    private Retention retention;
    private boolean closed;

    private HistoryRecording(Recorder recorder) {
        this.recorder = recorder;
    }

    /**
     * Opens db for recording (made mode 0600 when missing) and starts retention; refused (one
     * line) when another recorder holds it, it is from a newer vigil, or it cannot be opened.
     */
    public static HistoryRecording open(Path db, long retainMillis, long maxBytes, Consumer<String> echo)
            throws HistoryException {
        HistoryRecording[] self = new HistoryRecording[1];
        Consumer<String> notices = m -> {
            echo.accept(m);
            HistoryRecording h = self[0];
            if (h == null) return;
            synchronized (h.problems) {
                h.problems.add(m);
            }
        };
        Recorder r = Recorder.open(db, notices);
        HistoryRecording h = new HistoryRecording(r);
        self[0] = h;
        try {
            h.retention = Retention.start(db, retainMillis, maxBytes, notices);
        } catch (HistoryException e) {
            r.close();
            throw e;
        }
        return h;
    }

    public Path path() {
        return recorder.path();
    }

    @Override
    public synchronized void onSnapshot(Snapshot s) {
        if (!closed) recorder.record(s);
    }

    /** New problems since the last call (a full disk, writing again), each once. */
    public List<String> problems() {
        synchronized (problems) {
            List<String> out = List.copyOf(problems);
            problems.clear();
            return out;
        }
    }

    /** Stops retention and closes the file, after the snapshot being written. */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        retention.close();
        recorder.close();
    }
}

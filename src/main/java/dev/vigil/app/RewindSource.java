package dev.vigil.app;

import dev.vigil.detail.History;
import dev.vigil.history.HistoryException;
import dev.vigil.history.HistoryReader;
import dev.vigil.history.SamplePoint;
import dev.vigil.sample.Identity;
import dev.vigil.sample.Snapshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The live machine that can be rewound (atop's twin mode): snapshots come from the live source
 * and each is kept in a {@link SnapshotRing} (one of this source's listeners); {@link #step} and
 * {@link #seek} move through what the ring holds, and further back through a history file when
 * one covers that time (read only from the first move past the ring). While it shows the past,
 * {@link #live()} is false (signals and renice are refused, the screen says so) and sampling goes
 * on underneath; a step forward past the newest, or a seek to now, is live again. Moves run on
 * the sampler thread; {@link #live()} and {@link #series} may be asked from any thread.
 */
public final class RewindSource implements SnapshotSource {
    private final SnapshotSource live;
    private final SnapshotRing ring;
    private final Path db;                       // null: memory only
    private final HistoryRecording recording;    // null: not recording; closed with the source
    private final List<SnapshotListener> listeners = new ArrayList<>();
    private HistoryReader reader;                // opened at the first move past the ring
    private PastSeries fileSeries;               // guarded by this
    private boolean readerTried;
    private long ringAt;                         // the ring entry shown; 0 when in the file or live
    private SamplePoint fileAt;                  // the file's sample shown, or null
    private long shownMillis;                    // when the snapshot shown was taken
    private volatile boolean rewound;
    private volatile String note;

    /**
     * @param live   the live machine
     * @param ring   the run's memory (this source adds it to the app's listeners)
     * @param db        a history file to read older samples from (it need not exist), or null
     * @param recording a recorder writing each live snapshot (to db, usually), or null; this
     *                  source adds it to the app's listeners, says its problems, and closes it
     */
    public RewindSource(SnapshotSource live, SnapshotRing ring, Path db, HistoryRecording recording) {
        this.live = live;
        this.ring = ring;
        this.db = db;
        this.recording = recording;
        listeners.add(ring);
        if (recording != null) listeners.add(recording);
    }

    public SnapshotRing ring() {
        return ring;
    }

    @Override
    public Snapshot next() {
        return live.next();
    }

    @Override
    public boolean live() {
        return !rewound;
    }

    @Override
    public boolean seekable() {
        return true;
    }

    @Override
    public boolean rewinds() {
        return true;
    }

    @Override
    public List<SnapshotListener> listeners() {
        return List.copyOf(listeners);
    }

    @Override
    public void setIncludeThreads(boolean include) {
        live.setIncludeThreads(include);
    }

    @Override
    public void setIncludeIo(boolean include) {
        live.setIncludeIo(include);
    }

    @Override
    public void setOptionalReads(java.util.Set<dev.vigil.sample.ProcRead> reads) {
        live.setOptionalReads(reads);
    }

    @Override
    public List<String> notices() {
        List<String> out = new ArrayList<>(2);
        String n = note;
        note = null;
        if (n != null) out.add(n);
        if (recording != null) out.addAll(recording.problems());
        return out;
    }

    @Override
    public synchronized Snapshot step(int delta) {
        note = null;
        if (!rewound) {
            if (delta >= 0 || ring.last() == 0) return null; // live already: nothing newer
            ringAt = ring.last();
            fileAt = null;
            rewound = true;
        }
        settle();
        for (int i = 0; i < Math.abs(delta); i++) {
            if (delta < 0 ? !back() : !forward()) break;
            if (!rewound) return toLive();
        }
        return shown();
    }

    @Override
    public synchronized Snapshot seek(long timestampMillis) {
        note = null;
        long newest = ring.timeOf(ring.last());
        if (ring.last() == 0) return null;
        if (timestampMillis >= newest) return toLive();
        long n = ring.atOrBefore(timestampMillis);
        if (n > 0) {
            at(n);
        } else {
            SamplePoint p = fileAt(timestampMillis);
            if (p != null) {
                fileAt = p;
                ringAt = 0;
            } else {
                at(ring.first());
                note = "nothing older is held: " + oldestWords();
            }
        }
        rewound = true;
        return shown();
    }

    /** A ring entry shown long enough to be evicted: carry on from its time (in the file, or the oldest held). */
    private void settle() {
        if (ringAt == 0 || ringAt >= ring.first()) return;
        SamplePoint p = fileAt(shownMillis);
        if (p != null) {
            fileAt = p;
            ringAt = 0;
        } else {
            ringAt = ring.first();
        }
    }

    private boolean back() {
        if (fileAt != null) {
            SamplePoint p = previousInFile(fileAt);
            if (p == null) {
                note = "the oldest sample recorded";
                return false;
            }
            fileAt = p;
            return true;
        }
        if (ringAt > ring.first()) {
            ringAt--;
            return true;
        }
        SamplePoint p = fileAt(ring.timeOf(ring.first()) - 1);
        if (p == null) {
            note = "the oldest sample held: " + oldestWords();
            return false;
        }
        fileAt = p;
        ringAt = 0;
        return true;
    }

    private boolean forward() {
        if (fileAt != null) {
            SamplePoint p = nextInFile(fileAt);
            if (p == null || p.timeMillis() >= ring.timeOf(ring.first())) {
                fileAt = null;
                ringAt = ring.first();
            } else {
                fileAt = p;
            }
            return true;
        }
        if (ringAt < ring.last()) {
            ringAt++;
            return true;
        }
        rewound = false;
        return true;
    }

    private void at(long number) {
        ringAt = number;
        fileAt = null;
    }

    private Snapshot toLive() {
        rewound = false;
        ringAt = 0;
        fileAt = null;
        return ring.get(ring.last());
    }

    /** The snapshot at the position; from the file when there, else the ring. */
    private Snapshot shown() {
        Snapshot s = null;
        if (fileAt != null) {
            try {
                s = reader.snapshot(fileAt);
            } catch (HistoryException e) {
                note = e.getMessage();
            }
            if (s == null) { // deleted meanwhile, or unreadable: the oldest held in memory
                fileAt = null;
                ringAt = ring.first();
            }
        }
        if (s == null) s = ring.get(ringAt);
        rewound = true;
        if (s != null) shownMillis = s.timestampMillis();
        return s;
    }

    /** The file's last sample at or before millis that is older than the ring; null when none (or no file). */
    private SamplePoint fileAt(long millis) {
        HistoryReader r = reader();
        if (r == null) return null;
        try {
            SamplePoint p = r.at(millis);
            if (p == null) p = r.first();
            long oldest = ring.timeOf(ring.first());
            return p != null && (oldest < 0 || p.timeMillis() < oldest) ? p : null;
        } catch (HistoryException e) {
            note = e.getMessage();
            return null;
        }
    }

    private SamplePoint previousInFile(SamplePoint p) {
        try {
            return reader.previous(p);
        } catch (HistoryException e) {
            note = e.getMessage();
            return null;
        }
    }

    private SamplePoint nextInFile(SamplePoint p) {
        try {
            return reader.next(p);
        } catch (HistoryException e) {
            note = e.getMessage();
            return null;
        }
    }

    private HistoryReader reader() {
        if (reader != null || readerTried) return reader;
        readerTried = true;
        if (db == null || !Files.exists(db)) return null;
        try {
            reader = HistoryReader.open(db);
        } catch (HistoryException e) {
            note = "cannot read older history: " + e.getMessage();
        }
        return reader;
    }

    private String oldestWords() {
        long oldest = ring.timeOf(ring.first());
        long newest = ring.timeOf(ring.last());
        String held = dev.vigil.model.Units.formatDuration(Math.max(0, newest - oldest)) + " in memory";
        if (db == null) return held;
        return held + (readerTried && reader != null ? " and in " + db : "; no history recorded in " + db
                + " before it");
    }

    @Override
    public History.Series series(Identity id, long atMillis, int max) {
        long oldest = ring.timeOf(ring.first());
        if (oldest >= 0 && atMillis >= oldest) {
            long n = ring.atOrBefore(atMillis);
            return n == 0 ? null : ring.series(id, n, max);
        }
        synchronized (this) {
            if (db == null || !Files.exists(db)) return null;
            if (fileSeries == null) fileSeries = new PastSeries(db);
        }
        return fileSeries.series(id, atMillis, max);
    }

    @Override
    public void close() {
        live.close();
        synchronized (this) {
            if (reader != null) reader.close();
            if (fileSeries != null) fileSeries.close();
        }
        if (recording != null) recording.close();
    }
}

package dev.vigil.history;

import dev.vigil.sample.Identity;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Appends snapshots to a history file, one transaction each. A process's identity goes into
 * {@code ident} once; a {@code proc} row is written only when one of its values changed, and
 * for every process at each keyframe (every {@link #KEY_SAMPLES} samples or
 * {@link #KEY_MILLIS}, whichever comes first), so reading any sample needs at most one
 * keyframe's worth of rows. A row ends ({@code e}) at the sample where its values changed, its
 * process died, or the next keyframe rewrote it; rows a stopped or killed recorder left open
 * end after its last sample when the next recorder starts. Thread rows ({@code tgid != pid}) are not recorded.
 *
 * <p>A failed write (disk full, I/O error) rolls back, is reported once through the notices,
 * and loses only that snapshot: the in-memory state is the last committed one, so the next
 * snapshot is written against what the file really holds. Not thread-safe: one sampler thread
 * calls {@link #record}.
 */
public final class Recorder implements AutoCloseable {
    static final int KEY_SAMPLES = 720;
    static final long KEY_MILLIS = 3_600_000;

    /** The committed row of one live process: its ident id, first sample, and values. */
    private record Open(long identId, long s, ProcessSample p) {
    }

    private final Path path;
    private final Connection c;
    private final RecorderLock lock;
    private final Consumer<String> notices;
    private Statements st;       // made again after a failed write (the driver may have closed them)
    private Map<Identity, Open> open = new HashMap<>();
    private long lastSample;
    private long keyId;
    private long keyTimeMillis;
    private int sinceKey;
    private String failing;     // the reason of the failure being reported, null when writing
    private long lost;

    private Recorder(Path path, Connection c, RecorderLock lock, Consumer<String> notices) throws SQLException {
        this.path = path;
        this.c = c;
        this.lock = lock;
        this.notices = notices;
        this.st = new Statements(c);
        this.lastSample = st.lastSampleId();
        st.endLeftovers(lastSample);
        c.commit();
    }

    /**
     * Opens path for recording (creating it, mode 0600, when missing). Refuses when another
     * recorder holds it, when it is from a newer vigil, or when it cannot be opened.
     */
    public static Recorder open(Path path, Consumer<String> notices) throws HistoryException {
        Database.create(path);
        RecorderLock lock = RecorderLock.acquire(path);
        Connection c = null;
        try {
            c = Database.openWriter(path);
            c.setAutoCommit(false);
            return new Recorder(path.toAbsolutePath(), c, lock, notices);
        } catch (SQLException e) {
            if (c != null) Database.close(c);
            lock.close();
            throw Database.failure(path, e);
        } catch (HistoryException | RuntimeException e) {
            if (c != null) Database.close(c);
            lock.close();
            throw e;
        }
    }

    public Path path() {
        return path;
    }

    /** The writing connection, for tests that make the disk fill up (PRAGMA max_page_count). */
    Connection connection() {
        return c;
    }

    /** Writes one snapshot; false when it could not be written (reported once per failure spell). */
    public boolean record(Snapshot s) {
        long sid = lastSample + 1;
        if (st.closed()) rollback();
        boolean keyframe = keyId == 0 || sinceKey >= KEY_SAMPLES || s.timestampMillis() - keyTimeMillis >= KEY_MILLIS
                || s.timestampMillis() < keyTimeMillis;
        Map<Identity, Open> next = new HashMap<>(open.size() * 2 + 16);
        try {
            st.insertSample(sid, keyframe ? sid : keyId, s);
            for (ProcessSample p : s.processes()) {
                if (p.isThread()) continue;
                Identity id = p.identity();
                Open o = open.get(id);
                if (o != null && !keyframe && o.p.sameIdentity(p) && o.p.sameValues(p)) {
                    next.put(id, o);
                    continue;
                }
                if (o != null) st.close(o.s, o.identId, sid);
                long identId = o != null && o.p.sameIdentity(p) ? o.identId : st.identId(p);
                st.insertProc(sid, identId, p, s.system().memTotalBytes());
                next.put(id, new Open(identId, sid, p));
            }
            // Rows of processes gone since the last sample end here. Every row gets its end, so
            // a row spans at most one keyframe's samples (what keeps per-process queries quick).
            for (Map.Entry<Identity, Open> e : open.entrySet()) {
                if (!next.containsKey(e.getKey())) st.close(e.getValue().s, e.getValue().identId, sid);
            }
            st.flush();
            c.commit();
        } catch (SQLException e) {
            rollback();
            fail(e);
            return false;
        }
        open = next;
        lastSample = sid;
        if (keyframe) {
            keyId = sid;
            keyTimeMillis = s.timestampMillis();
            sinceKey = 0;
        }
        sinceKey++;
        if (failing != null) {
            notices.accept("history: writing to " + path + " again (" + lost + " sample" + (lost == 1 ? "" : "s")
                    + " not recorded)");
            failing = null;
            lost = 0;
        }
        return true;
    }

    /**
     * Ends the failed transaction. SQLite may have rolled it back itself (a full disk does), and
     * then the driver's rollback fails before opening the next transaction: start over in that case.
     */
    private void rollback() {
        try {
            st.close();
        } catch (SQLException e) {
            // made again below
        }
        try {
            c.rollback();
        } catch (SQLException e) {
            try {
                c.setAutoCommit(true);
            } catch (SQLException ignored) {
                // nothing was open
            }
            try {
                c.setAutoCommit(false);
            } catch (SQLException ignored) {
                // the next record() fails and says so
            }
        }
        try {
            st = new Statements(c);
        } catch (SQLException e) {
            // the next record() fails on the closed ones and comes back here
        }
    }

    private void fail(SQLException e) {
        lost++;
        String reason = Failures.describe(e);
        if (failing == null) {
            failing = reason;
            notices.accept("history: cannot write to " + path + ": " + reason
                    + "; sampling goes on and writing resumes when it can");
        }
    }

    @Override
    public void close() {
        try {
            st.close();
        } catch (SQLException e) {
            // closing anyway
        }
        Database.close(c);
        lock.close();
    }
}

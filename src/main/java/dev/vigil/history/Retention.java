package dev.vigil.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Deletes history older than the retention time, and the oldest history while the file (with
 * its WAL) is over the size cap, on a background thread with its own connection, a bounded
 * number of samples per transaction so the recorder never waits long. Freed pages go back to
 * the file system through incremental vacuum (the file is made with auto_vacuum=INCREMENTAL).
 * Data goes a keyframe window (an hour) at a time, the oldest first, and the newest window is
 * never deleted.
 */
public final class Retention implements AutoCloseable {
    /** How often the background thread looks. */
    static final long PERIOD_MILLIS = 60_000;
    /** Samples deleted per transaction. */
    static final int CHUNK = 2000;

    private final Path path;
    private final Connection c;
    private final long retainMillis;
    private final long maxBytes;
    private final LongSupplier clock;
    private final Consumer<String> notices;
    private Thread thread;
    private volatile boolean stop;
    private String lastProblem;

    Retention(Path path, long retainMillis, long maxBytes, LongSupplier clock, Consumer<String> notices)
            throws HistoryException {
        this.path = path.toAbsolutePath();
        this.c = Database.openReader(path);
        this.retainMillis = retainMillis;
        this.maxBytes = maxBytes;
        this.clock = clock;
        this.notices = notices;
    }

    /** Starts cleaning path every minute (and at once) on a daemon thread. */
    public static Retention start(Path path, long retainMillis, long maxBytes, Consumer<String> notices)
            throws HistoryException {
        Retention r = new Retention(path, retainMillis, maxBytes, System::currentTimeMillis, notices);
        r.thread = new Thread(r::loop, "vigil-history-retention");
        r.thread.setDaemon(true);
        r.thread.setPriority(Thread.MIN_PRIORITY);
        r.thread.start();
        return r;
    }

    private void loop() {
        while (!stop) {
            try {
                runOnce();
                lastProblem = null;
            } catch (SQLException e) {
                String m = Failures.describe(e);
                if (!m.equals(lastProblem)) notices.accept("history: cleaning " + path + ": " + m);
                lastProblem = m;
            }
            synchronized (this) {
                try {
                    if (!stop) wait(PERIOD_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** One pass: the retention time, then the size cap. Returns how many samples it deleted. */
    int runOnce() throws SQLException {
        int deleted = 0;
        double cutoff = (clock.getAsLong() - retainMillis) / 1000.0;
        long keep = scalar("SELECT coalesce(min(id), 0) FROM sample WHERE time >= " + cutoff);
        if (keep == 0) keep = scalar("SELECT coalesce(max(id), 0) + 1 FROM sample");
        deleted += deleteBefore(keep);
        while (!stop && size() > maxBytes) {
            // The oldest keyframe window at a time.
            long first = scalar("SELECT coalesce(min(id), 0) FROM sample");
            long next = scalar("SELECT coalesce(min(key), 0) FROM sample WHERE key > " + first);
            long n = next == 0 ? 0 : deleteBefore(next);
            if (n == 0) break;
            deleted += n;
        }
        return deleted;
    }

    /**
     * Deletes the samples of the keyframe windows wholly before sample keep (never the newest
     * window), and the rows no sample needs. Whole windows: the sample a row starts at is read
     * with it (HistoryReader), so a window's samples go with its rows.
     */
    private int deleteBefore(long keep) throws SQLException {
        long newestKey = scalar("SELECT coalesce((SELECT key FROM sample ORDER BY id DESC LIMIT 1), 0)");
        keep = windowOf(Math.min(keep, newestKey));
        int deleted = 0;
        while (!stop) {
            long first = scalar("SELECT coalesce(min(id), 0) FROM sample");
            if (first == 0 || first >= keep) break;
            long upTo = Math.min(keep, first + CHUNK);
            if (upTo < keep && windowOf(upTo) > first) upTo = windowOf(upTo);
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                deleted += st.executeUpdate("DELETE FROM sample WHERE id < " + upTo);
                long key = scalar("SELECT coalesce((SELECT key FROM sample WHERE id >= " + upTo
                        + " ORDER BY id LIMIT 1), " + upTo + ")");
                st.executeUpdate("DELETE FROM proc WHERE s < " + key);
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
        if (deleted > 0) {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM ident WHERE NOT EXISTS (SELECT 1 FROM proc WHERE proc.id = ident.id)");
                // executeUpdate steps the pragma to its end; execute would free a single page.
                st.executeUpdate("PRAGMA incremental_vacuum");
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        }
        return deleted;
    }

    /** The first sample of the keyframe window holding sample id (id itself when none holds it). */
    private long windowOf(long id) throws SQLException {
        return scalar("SELECT coalesce((SELECT key FROM sample WHERE id >= " + id + " ORDER BY id LIMIT 1), " + id + ")");
    }

    private long scalar(String sql) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql); ResultSet r = st.executeQuery()) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    /** The file and its WAL, bytes. */
    long size() {
        return sizeOf(path) + sizeOf(path.resolveSibling(path.getFileName() + "-wal"));
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        stop = true;
        synchronized (this) {
            notifyAll();
        }
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Database.close(c);
    }
}

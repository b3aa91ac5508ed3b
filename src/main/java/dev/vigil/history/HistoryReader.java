package dev.vigil.history;

import dev.vigil.sample.CpuSplit;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;
import dev.vigil.sample.SystemSample;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a history file back: which samples it holds, and the exact snapshot at each. Reads
 * while a recorder writes (WAL): each call sees the file as last committed. Errors while
 * reading come as {@link HistoryException} with a one-line message. Not thread-safe.
 */
public final class HistoryReader implements AutoCloseable {
    private final Path path;
    private final Connection c;
    private final PreparedStatement atOrBefore;
    private final PreparedStatement after;
    private final PreparedStatement before;
    private final PreparedStatement between;
    private final PreparedStatement system;
    private final PreparedStatement procs;

    private HistoryReader(Path path, Connection c) throws SQLException {
        this.path = path;
        this.c = c;
        String point = "SELECT id, time FROM sample ";
        atOrBefore = c.prepareStatement(point + "WHERE time <= ? ORDER BY time DESC, id DESC LIMIT 1");
        after = c.prepareStatement(point + "WHERE id > ? ORDER BY id LIMIT 1");
        before = c.prepareStatement(point + "WHERE id < ? ORDER BY id DESC LIMIT 1");
        between = c.prepareStatement(point + "WHERE time >= ? AND time <= ? ORDER BY time, id");
        system = c.prepareStatement("SELECT key, seq, interval_ms, collect_us, cpu_percent, per_cpu, mem_total_bytes,"
                + " mem_used_bytes, mem_available_bytes, swap_total_bytes, swap_used_bytes, load1, load5, load15,"
                + " uptime_seconds, tasks, threads, running, time, cpu_user, cpu_nice, cpu_system, cpu_iowait, per_cpu_split,"
                + " mem_buffers_bytes, mem_cache_bytes, kernel_threads, cpu_ticks FROM sample WHERE id = ?");
        procs = c.prepareStatement("SELECT " + qualified("i.", ProcRow.IDENT_COLUMNS) + ", "
                + qualified("p.", ProcRow.VALUE_COLUMNS) + ", coalesce(q.mem_total_bytes, ?) FROM proc p"
                + " JOIN ident i ON i.id = p.id LEFT JOIN sample q ON q.id = p.s"
                + " WHERE p.s BETWEEN ? AND ? AND p.e > ?");
    }

    private static String qualified(String table, String columns) {
        return table + String.join(", " + table, columns.split(",\\s*"));
    }

    /** Opens path for reading: refused when missing or from a newer vigil; an older one is migrated. */
    public static HistoryReader open(Path path) throws HistoryException {
        Connection c = Database.openReader(path);
        try {
            return new HistoryReader(path.toAbsolutePath(), c);
        } catch (SQLException e) {
            Database.close(c);
            throw Database.failure(path, e);
        }
    }

    public Path path() {
        return path;
    }

    /** The last sample taken at or before timeMillis; null when there is none. */
    public SamplePoint at(long timeMillis) throws HistoryException {
        try {
            atOrBefore.setDouble(1, timeMillis / 1000.0);
            return point(atOrBefore);
        } catch (SQLException e) {
            throw Database.failure(path, e);
        }
    }

    /** The first sample; null when the file holds none. */
    public SamplePoint first() throws HistoryException {
        return next(new SamplePoint(0, Long.MIN_VALUE));
    }

    /** The last sample; null when the file holds none. */
    public SamplePoint last() throws HistoryException {
        return previous(new SamplePoint(Long.MAX_VALUE, Long.MAX_VALUE));
    }

    /** The sample after p; null when p is the last. */
    public SamplePoint next(SamplePoint p) throws HistoryException {
        try {
            after.setLong(1, p.id());
            return point(after);
        } catch (SQLException e) {
            throw Database.failure(path, e);
        }
    }

    /** The sample before p; null when p is the first. */
    public SamplePoint previous(SamplePoint p) throws HistoryException {
        try {
            before.setLong(1, p.id());
            return point(before);
        } catch (SQLException e) {
            throw Database.failure(path, e);
        }
    }

    /** The samples taken from fromMillis to toMillis (both included), in time order. */
    public List<SamplePoint> between(long fromMillis, long toMillis) throws HistoryException {
        List<SamplePoint> out = new ArrayList<>();
        try {
            between.setDouble(1, fromMillis / 1000.0);
            between.setDouble(2, toMillis / 1000.0);
            try (ResultSet r = between.executeQuery()) {
                while (r.next()) out.add(new SamplePoint(r.getLong(1), millis(r.getDouble(2))));
            }
            return out;
        } catch (SQLException e) {
            throw Database.failure(path, e);
        }
    }

    /** The snapshot recorded at p, its processes ordered by PID; null when p is gone (retention). */
    public Snapshot snapshot(SamplePoint p) throws HistoryException {
        try {
            system.setLong(1, p.id());
            long key;
            Snapshot head;
            try (ResultSet r = system.executeQuery()) {
                if (!r.next()) return null;
                key = r.getLong(1);
                double[] load = {ProcRow.real(r, 12), ProcRow.real(r, 13), ProcRow.real(r, 14)};
                byte[] ticks = r.getBytes(28);
                CpuSplit all;
                CpuSplit[] per;
                if (ticks != null) {    // version 2 (CpuShares)
                    CpuShares.Decoded d = CpuShares.decode(ticks);
                    all = d.all();
                    per = d.perCpu();
                } else {
                    r.getDouble(20);
                    all = r.wasNull() ? null : new CpuSplit(ProcRow.real(r, 20), ProcRow.real(r, 21),
                            ProcRow.real(r, 22), ProcRow.real(r, 23));
                    per = Statements.splits(r.getBytes(24));
                }
                byte[] perCpu = r.getBytes(6);
                SystemSample y = new SystemSample(ProcRow.real(r, 5),
                        perCpu == null ? Statements.busy(per) : Statements.doubles(perCpu), r.getLong(7),
                        r.getLong(8), r.getLong(9), r.getLong(10), r.getLong(11), load, r.getLong(15), r.getInt(16),
                        r.getInt(17), r.getInt(18), all, per, r.getLong(25), r.getLong(26), r.getInt(27));
                head = new Snapshot(r.getLong(2), millis(r.getDouble(19)), r.getLong(3), y, List.of(), r.getLong(4));
            }
            // MEM% left out of a row is that of its first sample's total (Retention keeps whole
            // keyframe windows, so that sample is there; this one's total if it were not).
            procs.setLong(1, head.system().memTotalBytes());
            procs.setLong(2, key);
            procs.setLong(3, p.id());
            procs.setLong(4, p.id());
            List<ProcessSample> list = new ArrayList<>();
            try (ResultSet r = procs.executeQuery()) {
                while (r.next()) list.add(ProcRow.read(r, 1, 11));
            }
            list.sort(Comparator.comparingInt(ProcessSample::pid).thenComparingLong(ProcessSample::startTicks));
            return new Snapshot(head.sequence(), head.timestampMillis(), head.intervalMillis(), head.system(), list,
                    head.collectMicros());
        } catch (SQLException e) {
            throw Database.failure(path, e);
        }
    }

    private static SamplePoint point(PreparedStatement st) throws SQLException {
        try (ResultSet r = st.executeQuery()) {
            return r.next() ? new SamplePoint(r.getLong(1), millis(r.getDouble(2))) : null;
        }
    }

    static long millis(double seconds) {
        return Math.round(seconds * 1000);
    }

    @Override
    public void close() {
        Database.close(c);
    }
}

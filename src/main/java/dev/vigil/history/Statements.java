package dev.vigil.history;

import dev.vigil.sample.CpuSplit;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;
import dev.vigil.sample.SystemSample;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The recorder's prepared statements; proc rows and their ends are sent in batches. */
final class Statements implements AutoCloseable {
    private final Connection c;
    private final PreparedStatement sample;
    private final PreparedStatement proc;
    private final PreparedStatement close;
    private final PreparedStatement findIdent;
    private final PreparedStatement addIdent;

    Statements(Connection c) throws SQLException {
        this.c = c;
        sample = c.prepareStatement("INSERT INTO sample(id, time, key, seq, interval_ms, collect_us, cpu_percent,"
                + " per_cpu, mem_total_bytes, mem_used_bytes, mem_available_bytes, swap_total_bytes, swap_used_bytes,"
                + " load1, load5, load15, uptime_seconds, tasks, threads, running, cpu_user, cpu_nice, cpu_system,"
                + " cpu_iowait, per_cpu_split, mem_buffers_bytes, mem_cache_bytes, kernel_threads, cpu_ticks)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        proc = c.prepareStatement("INSERT INTO proc(s, id, e, " + ProcRow.VALUE_COLUMNS
                + ") VALUES (?,?," + Schema.OPEN + ",?,?,?,?,?,?,?,?,?,?,?,?)");
        close = c.prepareStatement("UPDATE proc SET e = ? WHERE s = ? AND id = ?");
        findIdent = c.prepareStatement("SELECT id, " + ProcRow.IDENT_COLUMNS + " FROM ident WHERE pid = ? AND start_ticks = ?");
        addIdent = c.prepareStatement("INSERT INTO ident(" + ProcRow.IDENT_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?)");
    }

    long lastSampleId() throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT max(id) FROM sample")) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    /** Ends the rows an earlier run left open (they were all written in its last keyframe window). */
    void endLeftovers(long lastSample) throws SQLException {
        if (lastSample == 0) return;
        try (PreparedStatement p = c.prepareStatement("UPDATE proc SET e = ? WHERE s >= (SELECT key FROM sample"
                + " WHERE id = ?) AND e = " + Schema.OPEN)) {
            p.setLong(1, lastSample + 1);
            p.setLong(2, lastSample);
            p.executeUpdate();
        }
    }

    void insertSample(long id, long key, Snapshot s) throws SQLException {
        SystemSample y = s.system();
        sample.setLong(1, id);
        sample.setDouble(2, s.timestampMillis() / 1000.0);
        sample.setLong(3, key);
        sample.setLong(4, s.sequence());
        sample.setLong(5, s.intervalMillis());
        sample.setLong(6, s.collectMicros());
        ProcRow.real(sample, 7, y.cpuPercent());
        // The CPU shares go in cpu_ticks (CpuShares); each CPU's busy share is left out when
        // it is user + nice + system of its split, as the sampler makes it.
        CpuSplit[] per = y.perCpuSplit();
        if (busyOfSplits(y.perCpu(), per)) sample.setNull(8, java.sql.Types.BLOB);
        else sample.setBytes(8, doubles(y.perCpu()));
        sample.setLong(9, y.memTotalBytes());
        sample.setLong(10, y.memUsedBytes());
        sample.setLong(11, y.memAvailableBytes());
        sample.setLong(12, y.swapTotalBytes());
        sample.setLong(13, y.swapUsedBytes());
        double[] load = y.load();
        for (int i = 0; i < 3; i++) ProcRow.real(sample, 14 + i, load != null && i < load.length ? load[i] : Double.NaN);
        sample.setLong(17, y.uptimeSeconds());
        sample.setInt(18, y.tasks());
        sample.setInt(19, y.threads());
        sample.setInt(20, y.running());
        for (int i = 0; i < 4; i++) sample.setNull(21 + i, java.sql.Types.REAL);
        sample.setNull(25, java.sql.Types.BLOB);
        sample.setLong(26, y.memBuffersBytes());
        sample.setLong(27, y.memCacheBytes());
        sample.setInt(28, y.kernelThreads());
        sample.setBytes(29, CpuShares.encode(y.cpuSplit(), per));
        sample.executeUpdate();
    }

    void insertProc(long s, long identId, ProcessSample p, long memTotal) throws SQLException {
        proc.setLong(1, s);
        proc.setLong(2, identId);
        ProcRow.bindValues(proc, 3, p, memTotal);
        proc.addBatch();
    }

    void close(long s, long identId, long end) throws SQLException {
        close.setLong(1, end);
        close.setLong(2, s);
        close.setLong(3, identId);
        close.addBatch();
    }

    /** The ident row of p (the same PID, start, name, command and user), added when missing. */
    long identId(ProcessSample p) throws SQLException {
        findIdent.setInt(1, p.pid());
        findIdent.setLong(2, p.startTicks());
        try (ResultSet r = findIdent.executeQuery()) {
            while (r.next()) {
                if (ProcRow.readIdent(r, 2).sameIdentity(p)) return r.getLong(1);
            }
        }
        ProcRow.bindIdent(addIdent, 1, p);
        addIdent.executeUpdate();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT last_insert_rowid()")) {
            r.next();
            return r.getLong(1);
        }
    }

    void flush() throws SQLException {
        proc.executeBatch();
        close.executeBatch();
    }

    void clear() throws SQLException {
        proc.clearBatch();
        close.clearBatch();
    }

    /** Whether perCpu is the busy share of each of splits (empty when there are none). */
    static boolean busyOfSplits(double[] perCpu, CpuSplit[] splits) {
        if (perCpu == null) return false;
        if (splits == null) return perCpu.length == 0;
        if (perCpu.length != splits.length) return false;
        for (int i = 0; i < perCpu.length; i++) {
            if (Double.doubleToRawLongBits(perCpu[i]) != Double.doubleToRawLongBits(splits[i].busy())) return false;
        }
        return true;
    }

    static double[] busy(CpuSplit[] splits) {
        if (splits == null) return new double[0];
        double[] v = new double[splits.length];
        for (int i = 0; i < v.length; i++) v[i] = splits[i].busy();
        return v;
    }

    static byte[] doubles(double[] v) {
        if (v == null) return new byte[0];
        ByteBuffer b = ByteBuffer.allocate(v.length * 8);
        for (double d : v) b.putDouble(d);
        return b.array();
    }

    static byte[] splits(CpuSplit[] v) {
        if (v == null) return null;
        double[] d = new double[v.length * 4];
        for (int i = 0; i < v.length; i++) {
            d[4 * i] = v[i].user();
            d[4 * i + 1] = v[i].nice();
            d[4 * i + 2] = v[i].system();
            d[4 * i + 3] = v[i].iowait();
        }
        return doubles(d);
    }

    static CpuSplit[] splits(byte[] b) {
        if (b == null) return null;
        double[] d = doubles(b);
        CpuSplit[] v = new CpuSplit[d.length / 4];
        for (int i = 0; i < v.length; i++) v[i] = new CpuSplit(d[4 * i], d[4 * i + 1], d[4 * i + 2], d[4 * i + 3]);
        return v;
    }

    static double[] doubles(byte[] b) {
        if (b == null) return new double[0];
        ByteBuffer buf = ByteBuffer.wrap(b);
        double[] v = new double[b.length / 8];
        for (int i = 0; i < v.length; i++) v[i] = buf.getDouble();
        return v;
    }

    boolean closed() {
        try {
            return sample.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement p : new PreparedStatement[]{sample, proc, close, findIdent, addIdent}) p.close();
    }
}

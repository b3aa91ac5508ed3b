package dev.vigil.history;

import dev.vigil.sample.ProcessSample;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What the {@code ident} and {@code proc} tables hold of one process, and the test that decides
 * whether a sample needs a new {@code proc} row (any changing value differs) or a new
 * {@code ident} row (the process exec'd or changed user: a new name, command or user).
 * Doubles compare by bits, so NaN (an unreadable I/O rate, stored as NULL) equals NaN.
 *
 * <p>Two values are stored in a smaller form when it gives back the same bits (schema version 2),
 * and as they are otherwise: {@code cpu_time} as INTEGER hundredths of a second (the kernel's
 * ticks; REAL seconds otherwise), and {@code mem_percent} as NULL when it is
 * {@code 100 * rss_bytes / mem_total_bytes} of the row's first sample, as the sampler computes it
 * (a REAL otherwise, or an 8-byte BLOB of its bits for NaN).
 */
final class ProcRow {
    /** Columns of proc after s, id, e, in the order {@link #bindValues} writes them. */
    static final String VALUE_COLUMNS = "ppid, state, nice, priority, threads, rss_bytes, vsz_bytes, cpu_percent,"
            + " mem_percent, cpu_time, io_read, io_write";
    /** Columns of ident after id, in the order {@link #bindIdent} writes them. */
    static final String IDENT_COLUMNS = "pid, start_ticks, start_ms, tgid, uid, user, name, command, kernel_thread,"
            + " real_uid";

    private ProcRow() {
    }

    /** Bit for bit, so that a short form is used only where it reads back exactly. */
    private static boolean same(double a, double b) {
        return Double.doubleToLongBits(a) == Double.doubleToLongBits(b);
    }

    static void bindIdent(PreparedStatement st, int from, ProcessSample p) throws SQLException {
        st.setInt(from, p.pid());
        st.setLong(from + 1, p.startTicks());
        st.setLong(from + 2, p.startTimeMillis());
        st.setInt(from + 3, p.tgid());
        st.setInt(from + 4, p.uid());
        Strings.bind(st, from + 5, p.user());
        Strings.bind(st, from + 6, p.name());
        Strings.bind(st, from + 7, p.command());
        st.setInt(from + 8, p.kernelThread() ? 1 : 0);
        st.setInt(from + 9, p.realUid());
    }

    /** p's values from {@code from}; memTotal is the snapshot's, to leave out a MEM% it gives. */
    static void bindValues(PreparedStatement st, int from, ProcessSample p, long memTotal) throws SQLException {
        st.setInt(from, p.ppid());
        st.setString(from + 1, String.valueOf(p.state()));
        st.setInt(from + 2, p.nice());
        st.setInt(from + 3, p.priority());
        st.setInt(from + 4, p.threads());
        st.setLong(from + 5, p.rssBytes());
        st.setLong(from + 6, p.vszBytes());
        real(st, from + 7, p.cpuPercent());
        double mem = p.memPercent();
        if (same(mem, memPercent(p.rssBytes(), memTotal))) st.setNull(from + 8, java.sql.Types.REAL);
        else if (Double.isNaN(mem)) st.setBytes(from + 8, Statements.doubles(new double[]{mem}));
        else st.setDouble(from + 8, mem);
        double time = p.cpuTimeSeconds();
        long hundredths = Math.round(time * 100);
        if (same(hundredths / 100.0, time)) st.setLong(from + 9, hundredths);
        else real(st, from + 9, time);
        real(st, from + 10, p.ioReadBytesPerSec());
        real(st, from + 11, p.ioWriteBytesPerSec());
    }

    /** MEM% as the sampler computes it. */
    static double memPercent(long rss, long memTotal) {
        return memTotal > 0 ? 100.0 * rss / memTotal : 0;
    }

    static void real(PreparedStatement st, int index, double v) throws SQLException {
        if (Double.isNaN(v)) st.setNull(index, java.sql.Types.REAL);
        else st.setDouble(index, v);
    }

    static double real(ResultSet r, int column) throws SQLException {
        double v = r.getDouble(column);
        return r.wasNull() ? Double.NaN : v;
    }

    /** A process with only the ident columns (from i) filled in, enough for {@link ProcessSample#sameIdentity}. */
    static ProcessSample readIdent(ResultSet r, int i) throws SQLException {
        return new ProcessSample(r.getInt(i), r.getInt(i + 3), 0, r.getInt(i + 4), Strings.read(r, i + 5), '?', 0, 0,
                0, 0, 0, 0, 0, 0, r.getLong(i + 1), r.getLong(i + 2), Strings.read(r, i + 6), Strings.read(r, i + 7),
                0, 0, r.getInt(i + 8) != 0, r.getInt(i + 9), null);
    }

    /**
     * A process from a result row holding the ident columns from {@code identAt}, the value
     * columns from {@code valuesAt} in the orders above, and then the mem_total_bytes of the
     * row's first sample.
     */
    static ProcessSample read(ResultSet r, int identAt, int valuesAt) throws SQLException {
        int i = identAt;
        int v = valuesAt;
        String state = r.getString(v + 1);
        long rss = r.getLong(v + 5);
        Object mem = r.getObject(v + 8);
        double memPercent = mem == null ? memPercent(rss, r.getLong(v + 12))
                : mem instanceof byte[] b ? Statements.doubles(b)[0] : ((Number) mem).doubleValue();
        Object time = r.getObject(v + 9);
        double cpuTime = time == null ? Double.NaN
                : time instanceof Double d ? d : ((Number) time).longValue() / 100.0;
        return new ProcessSample(r.getInt(i), r.getInt(i + 3), r.getInt(v), r.getInt(i + 4), Strings.read(r, i + 5),
                state == null || state.isEmpty() ? '?' : state.charAt(0), r.getInt(v + 2), r.getInt(v + 3),
                r.getInt(v + 4), rss, r.getLong(v + 6), real(r, v + 7), memPercent, cpuTime,
                r.getLong(i + 1), r.getLong(i + 2), Strings.read(r, i + 6), Strings.read(r, i + 7),
                real(r, v + 10), real(r, v + 11), r.getInt(i + 8) != 0, r.getInt(i + 9), null);
    }
}

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

    static boolean sameIdent(ProcessSample a, ProcessSample b) {
        return a.pid() == b.pid() && a.startTicks() == b.startTicks() && a.startTimeMillis() == b.startTimeMillis()
                && a.tgid() == b.tgid() && a.uid() == b.uid() && a.kernelThread() == b.kernelThread()
                && a.realUid() == b.realUid() && a.user().equals(b.user()) && a.name().equals(b.name())
                && a.command().equals(b.command());
    }

    static boolean sameValues(ProcessSample a, ProcessSample b) {
        return a.ppid() == b.ppid() && a.state() == b.state() && a.nice() == b.nice() && a.priority() == b.priority()
                && a.threads() == b.threads() && a.rssBytes() == b.rssBytes() && a.vszBytes() == b.vszBytes()
                && same(a.cpuPercent(), b.cpuPercent()) && same(a.memPercent(), b.memPercent())
                && same(a.cpuTimeSeconds(), b.cpuTimeSeconds()) && same(a.ioReadBytesPerSec(), b.ioReadBytesPerSec())
                && same(a.ioWriteBytesPerSec(), b.ioWriteBytesPerSec());
    }

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

    static void bindValues(PreparedStatement st, int from, ProcessSample p) throws SQLException {
        st.setInt(from, p.ppid());
        st.setString(from + 1, String.valueOf(p.state()));
        st.setInt(from + 2, p.nice());
        st.setInt(from + 3, p.priority());
        st.setInt(from + 4, p.threads());
        st.setLong(from + 5, p.rssBytes());
        st.setLong(from + 6, p.vszBytes());
        real(st, from + 7, p.cpuPercent());
        real(st, from + 8, p.memPercent());
        real(st, from + 9, p.cpuTimeSeconds());
        real(st, from + 10, p.ioReadBytesPerSec());
        real(st, from + 11, p.ioWriteBytesPerSec());
    }

    static void real(PreparedStatement st, int index, double v) throws SQLException {
        if (Double.isNaN(v)) st.setNull(index, java.sql.Types.REAL);
        else st.setDouble(index, v);
    }

    static double real(ResultSet r, int column) throws SQLException {
        double v = r.getDouble(column);
        return r.wasNull() ? Double.NaN : v;
    }

    /** A process with only the ident columns (from i) filled in, enough for {@link #sameIdent}. */
    static ProcessSample readIdent(ResultSet r, int i) throws SQLException {
        return new ProcessSample(r.getInt(i), r.getInt(i + 3), 0, r.getInt(i + 4), Strings.read(r, i + 5), '?', 0, 0,
                0, 0, 0, 0, 0, 0, r.getLong(i + 1), r.getLong(i + 2), Strings.read(r, i + 6), Strings.read(r, i + 7),
                0, 0, r.getInt(i + 8) != 0, r.getInt(i + 9), null);
    }

    /**
     * A process from a result row holding the ident columns from {@code identAt} and the value
     * columns from {@code valuesAt}, in the orders above.
     */
    static ProcessSample read(ResultSet r, int identAt, int valuesAt) throws SQLException {
        int i = identAt;
        int v = valuesAt;
        String state = r.getString(v + 1);
        return new ProcessSample(r.getInt(i), r.getInt(i + 3), r.getInt(v), r.getInt(i + 4), Strings.read(r, i + 5),
                state == null || state.isEmpty() ? '?' : state.charAt(0), r.getInt(v + 2), r.getInt(v + 3),
                r.getInt(v + 4), r.getLong(v + 5), r.getLong(v + 6), real(r, v + 7), real(r, v + 8), real(r, v + 9),
                r.getLong(i + 1), r.getLong(i + 2), Strings.read(r, i + 6), Strings.read(r, i + 7),
                real(r, v + 10), real(r, v + 11), r.getInt(i + 8) != 0, r.getInt(i + 9), null);
    }
}

package dev.vigil.history;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables, indexes and stable views of a history file (docs/history.md explains them), and
 * the migrations from each older version. A new column is one more migration step: append an
 * {@code ALTER TABLE ... ADD COLUMN} to {@link #MIGRATIONS} and bump nothing else.
 *
 * <p>Layout in brief: {@code sample} holds one row per snapshot with the machine-wide figures;
 * {@code ident} holds each process's identity (PID + start ticks, name, command, user) once;
 * {@code proc} holds a process's changing values from sample {@code s} while they stay the same,
 * written only when something changed, and again for every live process at each keyframe
 * (sample column {@code key}); a row holds from sample {@code s} up to, not including, sample
 * {@code e}. So the values at sample N are the {@code proc} rows with {@code s} between N's
 * keyframe and N and {@code e > N}.
 */
public final class Schema {
    /** {@code e} of a row still open: its process had these values at the last sample written. */
    public static final long OPEN = 1L << 62;

    /** The first version's tables (the state before any migration). */
    static final List<String> CREATE = List.of(
            "CREATE TABLE schema_version(version INTEGER NOT NULL)",
            "CREATE TABLE sample(id INTEGER PRIMARY KEY, time REAL NOT NULL, key INTEGER NOT NULL,"
                    + " seq INTEGER NOT NULL, interval_ms INTEGER NOT NULL, collect_us INTEGER NOT NULL,"
                    + " cpu_percent REAL, per_cpu BLOB, mem_total_bytes INTEGER, mem_used_bytes INTEGER,"
                    + " mem_available_bytes INTEGER, swap_total_bytes INTEGER, swap_used_bytes INTEGER,"
                    + " load1 REAL, load5 REAL, load15 REAL, uptime_seconds INTEGER, tasks INTEGER,"
                    + " threads INTEGER, running INTEGER, cpu_user REAL, cpu_nice REAL, cpu_system REAL,"
                    + " cpu_iowait REAL, per_cpu_split BLOB, mem_buffers_bytes INTEGER, mem_cache_bytes INTEGER,"
                    + " kernel_threads INTEGER)",
            "CREATE INDEX sample_time ON sample(time)",
            "CREATE TABLE ident(id INTEGER PRIMARY KEY, pid INTEGER NOT NULL, start_ticks INTEGER NOT NULL,"
                    +  " start_ms INTEGER NOT NULL, tgid INTEGER NOT NULL, uid INTEGER NOT NULL, user NOT NULL,"
                    + " name NOT NULL, command NOT NULL, kernel_thread INTEGER NOT NULL, real_uid INTEGER NOT NULL)",
            "CREATE INDEX ident_pid ON ident(pid, start_ticks)",
            "CREATE TABLE proc(s INTEGER NOT NULL, id INTEGER NOT NULL, e INTEGER NOT NULL, ppid INTEGER,"
                    + " state TEXT, nice INTEGER, priority INTEGER, threads INTEGER, rss_bytes INTEGER,"
                    + " vsz_bytes INTEGER, cpu_percent REAL, mem_percent REAL, cpu_time REAL, io_read REAL,"
                    + " io_write REAL, PRIMARY KEY(s, id)) WITHOUT ROWID",
            "CREATE INDEX proc_id ON proc(id, s)");

    /**
     * Step i takes a file from version i+1 to i+2. A field added to a snapshot record later goes
     * here as an ALTER TABLE ... ADD COLUMN.
     *
     * <p>Version 2 (smaller files): {@code proc.cpu_time} and {@code proc.mem_percent} lose their
     * REAL affinity so that they can hold the shorter forms {@link ProcRow} describes; rows of
     * version 1 keep their REAL values, which read the same, and a NULL MEM% (NaN in version 1)
     * becomes the 8-byte BLOB that stands for NaN now. New samples keep their CPU shares in
     * {@code sample.cpu_ticks} ({@link CpuShares}) and leave {@code cpu_user} ... {@code cpu_iowait}
     * and {@code per_cpu_split} NULL, and {@code per_cpu} too when it is the busy share of each
     * CPU's split.
     */
    static final List<List<String>> MIGRATIONS = List.of(List.of(
            "CREATE TABLE proc2(s INTEGER NOT NULL, id INTEGER NOT NULL, e INTEGER NOT NULL, ppid INTEGER,"
                    + " state TEXT, nice INTEGER, priority INTEGER, threads INTEGER, rss_bytes INTEGER,"
                    + " vsz_bytes INTEGER, cpu_percent REAL, mem_percent, cpu_time, io_read REAL,"
                    + " io_write REAL, PRIMARY KEY(s, id)) WITHOUT ROWID",
            "INSERT INTO proc2 SELECT s, id, e, ppid, state, nice, priority, threads, rss_bytes, vsz_bytes,"
                    + " cpu_percent, coalesce(mem_percent, x'7ff8000000000000'), cpu_time, io_read, io_write FROM proc",
            "DROP TABLE proc",
            "ALTER TABLE proc2 RENAME TO proc",
            "CREATE INDEX proc_id ON proc(id, s)",
            "ALTER TABLE sample ADD COLUMN cpu_ticks BLOB"));

    /** The views, dropped and made again after every migration so they follow the tables. */
    static final List<String> VIEWS = List.of(
            "DROP VIEW IF EXISTS process_history",
            "CREATE VIEW process_history AS SELECT m.time AS time, i.pid AS pid, i.start_ticks AS start_ticks,"
                    + " i.name AS name, i.user AS user, p.state AS state, p.cpu_percent AS cpu_percent,"
                    + " p.rss_bytes AS rss_bytes, i.command AS command"
                    + " FROM sample m JOIN proc p ON p.s BETWEEN m.key AND m.id AND p.e > m.id"
                    + " JOIN ident i ON i.id = p.id",
            "DROP VIEW IF EXISTS system_history",
            "CREATE VIEW system_history AS SELECT time, cpu_percent, mem_used_bytes, mem_total_bytes,"
                    + " swap_used_bytes, load1, load5, load15, tasks FROM sample");

    private Schema() {
    }

    /** The version this vigil writes and reads. */
    public static int current() {
        return 1 + MIGRATIONS.size();
    }

    /** The file's version, or 0 when it has no schema yet (a new, empty file). */
    static int versionOf(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet r = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'schema_version'")) {
            if (r.next() && r.getInt(1) == 0) return 0;
        }
        try (Statement st = c.createStatement();
             ResultSet r = st.executeQuery("SELECT max(version) FROM schema_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    /**
     * Brings the file to the current version: creates it when empty, migrates it when older,
     * refuses it when newer. Needs a connection that may write (a reader of an older file opens
     * one for this once). Returns the version found (0 for a new file).
     */
    static int prepare(Connection c, String path) throws SQLException, HistoryException {
        return prepare(c, path, MIGRATIONS);
    }

    static int prepare(Connection c, String path, List<List<String>> migrations)
            throws SQLException, HistoryException {
        int want = 1 + migrations.size();
        int original = versionOf(c);
        int found = original;
        if (found > want) throw newer(path, found, want);
        if (found == want) return found;
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            if (found == 0) {
                for (String sql : CREATE) st.execute(sql);
                st.execute("INSERT INTO schema_version VALUES (1)");
                found = 1;
            }
            // A table a view names cannot be dropped or renamed: the views are made again below.
            for (String sql : VIEWS) if (sql.startsWith("DROP")) st.execute(sql);
            for (int v = found; v < want; v++) {
                for (String sql : migrations.get(v - 1)) st.execute(sql);
            }
            st.execute("DELETE FROM schema_version");
            st.execute("INSERT INTO schema_version VALUES (" + want + ")");
            for (String sql : VIEWS) st.execute(sql);
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
        return original;
    }

    static HistoryException newer(String path, int found, int want) {
        return new HistoryException(path + " has history format version " + found + ", newer than this vigil's "
                + want + ": use a newer vigil to read it");
    }
}

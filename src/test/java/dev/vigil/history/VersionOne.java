package dev.vigil.history;

import dev.vigil.sample.CpuSplit;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;
import dev.vigil.sample.SystemSample;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a history file as vigil wrote version 1 of the format: every sample a keyframe, every
 * value as it is (REAL CPU time and MEM%, NaN as NULL), for the migration test.
 */
final class VersionOne {
    private VersionOne() {
    }

    /** The first n snapshots of the test script, one of them with a MEM% of NaN, written to path. */
    static List<Snapshot> write(Path path, int n) throws Exception {
        List<Snapshot> script = new ArrayList<>();
        for (Snapshot s : Script.sequence(n)) {
            List<ProcessSample> ps = new ArrayList<>();
            for (ProcessSample p : s.processes()) {
                ps.add(p.pid() != 77 ? p : new ProcessSample(p.pid(), p.tgid(), p.ppid(), p.uid(), p.user(), p.state(),
                        p.nice(), p.priority(), p.threads(), p.rssBytes(), p.vszBytes(), p.cpuPercent(), Double.NaN,
                        3.0, p.startTicks(), p.startTimeMillis(), p.name(), p.command(), p.ioReadBytesPerSec(),
                        p.ioWriteBytesPerSec(), p.kernelThread(), p.realUid(), null));
            }
            script.add(new Snapshot(s.sequence(), s.timestampMillis(), s.intervalMillis(), s.system(), ps,
                    s.collectMicros()));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + path)) {
            Schema.prepare(c, path.toString(), List.of());
            c.setAutoCommit(false);
            java.util.Map<String, Long> idents = new java.util.HashMap<>();
            try (PreparedStatement ident = c.prepareStatement("INSERT INTO ident(" + ProcRow.IDENT_COLUMNS
                    + ") VALUES (?,?,?,?,?,?,?,?,?,?)");
                 PreparedStatement proc = c.prepareStatement("INSERT INTO proc VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                long id = 0;
                for (Snapshot s : script) {
                    id++;
                    sample(c, id, s);
                    for (ProcessSample p : s.processes()) {
                        if (p.isThread()) continue;
                        proc.setLong(1, id);
                        String key = p.pid() + " " + p.startTicks() + " " + p.name() + " " + p.user() + " " + p.command();
                        Long identId = idents.get(key);
                        if (identId == null) {
                            ProcRow.bindIdent(ident, 1, p);
                            ident.executeUpdate();
                            identId = (long) idents.size() + 1;
                            idents.put(key, identId);
                        }
                        proc.setLong(2, identId);
                        proc.setLong(3, id + 1);
                        proc.setInt(4, p.ppid());
                        proc.setString(5, String.valueOf(p.state()));
                        proc.setInt(6, p.nice());
                        proc.setInt(7, p.priority());
                        proc.setInt(8, p.threads());
                        proc.setLong(9, p.rssBytes());
                        proc.setLong(10, p.vszBytes());
                        ProcRow.real(proc, 11, p.cpuPercent());
                        ProcRow.real(proc, 12, p.memPercent());
                        ProcRow.real(proc, 13, p.cpuTimeSeconds());
                        ProcRow.real(proc, 14, p.ioReadBytesPerSec());
                        ProcRow.real(proc, 15, p.ioWriteBytesPerSec());
                        proc.executeUpdate();
                    }
                }
            }
            c.commit();
        }
        return script;
    }

    /** A sample row as version 1 wrote it: every share as a float64. */
    private static void sample(Connection c, long id, Snapshot s) throws Exception {
        SystemSample y = s.system();
        try (PreparedStatement p = c.prepareStatement("INSERT INTO sample(id, time, key, seq, interval_ms, collect_us,"
                + " cpu_percent, per_cpu, mem_total_bytes, mem_used_bytes, mem_available_bytes, swap_total_bytes,"
                + " swap_used_bytes, load1, load5, load15, uptime_seconds, tasks, threads, running, cpu_user, cpu_nice,"
                + " cpu_system, cpu_iowait, per_cpu_split, mem_buffers_bytes, mem_cache_bytes, kernel_threads)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            p.setLong(1, id);
            p.setDouble(2, s.timestampMillis() / 1000.0);
            p.setLong(3, id);
            p.setLong(4, s.sequence());
            p.setLong(5, s.intervalMillis());
            p.setLong(6, s.collectMicros());
            ProcRow.real(p, 7, y.cpuPercent());
            p.setBytes(8, Statements.doubles(y.perCpu()));
            p.setLong(9, y.memTotalBytes());
            p.setLong(10, y.memUsedBytes());
            p.setLong(11, y.memAvailableBytes());
            p.setLong(12, y.swapTotalBytes());
            p.setLong(13, y.swapUsedBytes());
            for (int i = 0; i < 3; i++) ProcRow.real(p, 14 + i, y.load()[i]);
            p.setLong(17, y.uptimeSeconds());
            p.setInt(18, y.tasks());
            p.setInt(19, y.threads());
            p.setInt(20, y.running());
            CpuSplit a = y.cpuSplit();
            double[] split = {a.user(), a.nice(), a.system(), a.iowait()};
            for (int i = 0; i < 4; i++) ProcRow.real(p, 21 + i, split[i]);
            p.setBytes(25, Statements.splits(y.perCpuSplit()));
            p.setLong(26, y.memBuffersBytes());
            p.setLong(27, y.memCacheBytes());
            p.setInt(28, y.kernelThreads());
            p.executeUpdate();
        }
    }

    static String text(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}

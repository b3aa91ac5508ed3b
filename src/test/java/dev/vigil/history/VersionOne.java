package dev.vigil.history;

import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;

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
            try (Statements st = new Statements(c);
                 PreparedStatement proc = c.prepareStatement("INSERT INTO proc VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                long id = 0;
                for (Snapshot s : script) {
                    id++;
                    st.insertSample(id, id, s);
                    for (ProcessSample p : s.processes()) {
                        if (p.isThread()) continue;
                        proc.setLong(1, id);
                        proc.setLong(2, st.identId(p));
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

    static String text(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}

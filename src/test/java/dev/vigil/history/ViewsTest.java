package dev.vigil.history;

import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stable views hold, for every sample, exactly what was recorded. */
class ViewsTest {
    @TempDir
    Path dir;

    @Test
    void processHistoryListsEveryLiveProcessAtEverySample() throws Exception {
        Path db = dir.resolve("h.db");
        List<Snapshot> script = Script.sequence(300);
        try (Recorder r = Recorder.open(db, s -> { })) {
            for (Snapshot s : script) r.record(s);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement procs = c.prepareStatement("SELECT pid, start_ticks, name, user, state, cpu_percent,"
                     + " rss_bytes, command FROM process_history WHERE time = ? ORDER BY pid");
             PreparedStatement sys = c.prepareStatement("SELECT cpu_percent, mem_used_bytes, mem_total_bytes,"
                     + " swap_used_bytes, load1, load5, load15, tasks FROM system_history WHERE time = ?")) {
            for (Snapshot s : script) {
                List<String> want = new ArrayList<>();
                s.processes().stream().filter(p -> !p.isThread()).sorted(Comparator.comparingInt(ProcessSample::pid))
                        .forEach(p -> want.add(p.pid() + "|" + p.startTicks() + "|" + p.name() + "|" + p.user() + "|"
                                + p.state() + "|" + p.cpuPercent() + "|" + p.rssBytes() + "|" + p.command()));
                procs.setDouble(1, s.timestampMillis() / 1000.0);
                List<String> got = new ArrayList<>();
                try (ResultSet r = procs.executeQuery()) {
                    while (r.next()) {
                        got.add(r.getInt(1) + "|" + r.getLong(2) + "|" + Strings.read(r, 3) + "|" + Strings.read(r, 4)
                                + "|" + r.getString(5) + "|" + r.getDouble(6) + "|" + r.getLong(7) + "|" + Strings.read(r, 8));
                    }
                }
                assertEquals(want, got, "sample " + s.sequence());
                sys.setDouble(1, s.timestampMillis() / 1000.0);
                try (ResultSet r = sys.executeQuery()) {
                    assertTrue(r.next());
                    assertEquals(s.system().cpuPercent(), r.getDouble(1));
                    assertEquals(s.system().memUsedBytes(), r.getLong(2));
                    assertEquals(s.system().memTotalBytes(), r.getLong(3));
                    assertEquals(s.system().swapUsedBytes(), r.getLong(4));
                    assertEquals(s.system().load()[0], r.getDouble(5));
                    assertEquals(s.system().load()[1], r.getDouble(6));
                    assertEquals(s.system().load()[2], r.getDouble(7));
                    assertEquals(s.system().tasks(), r.getInt(8));
                }
            }
        }
    }
}

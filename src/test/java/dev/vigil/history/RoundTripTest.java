package dev.vigil.history;

import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;
import dev.vigil.sample.SystemSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoundTripTest {
    @TempDir
    Path dir;

    @Test
    void everySnapshotComesBackFieldByField() throws Exception {
        Path db = dir.resolve("sub/history.db");
        List<Snapshot> script = Script.sequence(400);
        List<String> notices = new ArrayList<>();
        try (Recorder rec = Recorder.open(db, notices::add)) {
            for (Snapshot s : script) assertTrue(rec.record(s));
        }
        assertEquals(List.of(), notices);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(db)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(db.getParent())));
        try (HistoryReader r = HistoryReader.open(db)) {
            assertEquals(script.get(0).timestampMillis(), r.first().timeMillis());
            assertEquals(script.get(script.size() - 1).timestampMillis(), r.last().timeMillis());
            assertNull(r.at(script.get(0).timestampMillis() - 1));
            SamplePoint p = r.first();
            for (Snapshot want : script) {
                assertNotNull(p, "sample " + want.sequence());
                assertEquals(p, r.at(want.timestampMillis() + 1), "the sample at or before T");
                assertSame(want, r.snapshot(p));
                p = r.next(p);
            }
            assertNull(p);
        }
    }

    @Test
    void aSecondRunAppendsAndKeepsEarlierSamplesExact() throws Exception {
        Path db = dir.resolve("h.db");
        List<Snapshot> script = Script.sequence(60);
        try (Recorder rec = Recorder.open(db, s -> { })) {
            for (Snapshot s : script.subList(0, 30)) rec.record(s);
        }
        try (Recorder rec = Recorder.open(db, s -> { })) {
            for (Snapshot s : script.subList(30, 60)) rec.record(s);
        }
        try (HistoryReader r = HistoryReader.open(db)) {
            for (Snapshot want : script) assertSame(want, r.snapshot(r.at(want.timestampMillis())));
        }
    }

    @Test
    void aScriptedServerComesBackExactlyInItsShortForms() throws Exception {
        // SyntheticDay's values are made as the sampler makes them, so they take the short
        // forms (CPU time in ticks, MEM% left out, CPU shares as ticks); across a keyframe, and
        // after retention cut a window away.
        Path db = dir.resolve("day.db");
        SyntheticDay day = new SyntheticDay(20);
        List<Snapshot> script = new ArrayList<>();
        try (Recorder rec = Recorder.open(db, s -> { })) {
            for (int k = 0; k < Recorder.KEY_SAMPLES + 200; k++) {
                Snapshot s = day.next();
                script.add(s);
                assertTrue(rec.record(s));
            }
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db)) {
            assertEquals(0, HistoryFileTest.count(c, "SELECT count(*) FROM proc WHERE mem_percent IS NOT NULL"
                    + " OR typeof(cpu_time) <> 'integer'"), "every row in the short forms");
            assertEquals(0, HistoryFileTest.count(c, "SELECT count(*) FROM sample WHERE per_cpu IS NOT NULL"
                    + " OR cpu_user IS NOT NULL OR length(cpu_ticks) > 40"));
        }
        try (HistoryReader r = HistoryReader.open(db)) {
            for (Snapshot want : script) assertSame(want, r.snapshot(r.at(want.timestampMillis())));
        }
        long now = script.get(script.size() - 1).timestampMillis();
        try (Retention ret = new Retention(db, now - script.get(Recorder.KEY_SAMPLES + 100).timestampMillis(),
                Long.MAX_VALUE, () -> now, s -> { })) {
            assertEquals(Recorder.KEY_SAMPLES, ret.runOnce(), "the first window, whole");
        }
        try (HistoryReader r = HistoryReader.open(db)) {
            assertEquals(script.get(Recorder.KEY_SAMPLES).timestampMillis(), r.first().timeMillis());
            for (Snapshot want : script.subList(Recorder.KEY_SAMPLES, script.size())) {
                assertSame(want, r.snapshot(r.at(want.timestampMillis())));
            }
        }
    }

    static void assertSame(Snapshot want, Snapshot got) {
        String at = "snapshot " + want.sequence() + ": ";
        assertEquals(want.sequence(), got.sequence(), at + "sequence");
        assertEquals(want.timestampMillis(), got.timestampMillis(), at + "time");
        assertEquals(want.intervalMillis(), got.intervalMillis(), at + "interval");
        assertEquals(want.collectMicros(), got.collectMicros(), at + "collect");
        SystemSample a = want.system();
        SystemSample b = got.system();
        assertEquals(a.cpuPercent(), b.cpuPercent(), at + "cpu");
        assertArrayEquals(a.perCpu(), b.perCpu(), at + "perCpu");
        assertEquals(a.memTotalBytes(), b.memTotalBytes());
        assertEquals(a.memUsedBytes(), b.memUsedBytes());
        assertEquals(a.memAvailableBytes(), b.memAvailableBytes());
        assertEquals(a.swapTotalBytes(), b.swapTotalBytes());
        assertEquals(a.swapUsedBytes(), b.swapUsedBytes());
        assertArrayEquals(a.load(), b.load(), at + "load");
        assertEquals(a.uptimeSeconds(), b.uptimeSeconds());
        assertEquals(a.tasks(), b.tasks());
        assertEquals(a.threads(), b.threads());
        assertEquals(a.running(), b.running());
        assertEquals(a.cpuSplit(), b.cpuSplit());
        assertArrayEquals(a.perCpuSplit(), b.perCpuSplit());
        assertEquals(a.memBuffersBytes(), b.memBuffersBytes());
        assertEquals(a.memCacheBytes(), b.memCacheBytes());
        assertEquals(a.kernelThreads(), b.kernelThreads());
        List<ProcessSample> wp = new ArrayList<>(want.processes().stream().filter(p -> !p.isThread()).toList());
        wp.sort(Comparator.comparingInt(ProcessSample::pid));
        // Records compare doubles by bits (NaN equals NaN) and strings exactly: field by field.
        assertEquals(wp, got.processes(), at + "processes");
    }
}

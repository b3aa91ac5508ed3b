package dev.vigil.cli;

import dev.vigil.app.RewindSource;
import dev.vigil.app.SnapshotListener;
import dev.vigil.app.SnapshotSource;
import dev.vigil.history.HistoryReader;
import dev.vigil.history.SamplePoint;
import dev.vigil.sample.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.ToIntBiFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code vigil --record [--db PATH]}: the monitor's source records; and {@code vigil record} on the app core. */
class RecordOptionTest {
    @TempDir
    Path home;

    record Result(int status, String out, String err) {
    }

    Result run(ToIntBiFunction<SnapshotSource, dev.vigil.ui.MonitorOptions> monitor, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> env = Map.of("LANG", "C.UTF-8", "HOME", home.toString(),
                "XDG_CONFIG_HOME", home.resolve("config").toString(), "XDG_STATE_HOME", home.resolve("state").toString());
        Main.Wiring w = new Main.Wiring(env, () -> FakeSampler.of(List.of(FakeSampler.proc(1, "init", 0))), ms -> { },
                monitor);
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), w);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A monitor that takes n snapshots as the sampler thread does (next, then the source's listeners). */
    static ToIntBiFunction<SnapshotSource, dev.vigil.ui.MonitorOptions> taking(int n, List<SnapshotSource> seen) {
        return (s, o) -> {
            seen.add(s);
            for (int i = 0; i < n; i++) {
                Snapshot x = s.next();
                for (SnapshotListener l : s.listeners()) l.onSnapshot(x);
            }
            return 0;
        };
    }

    @Test
    void theMonitorRecordsEachSnapshotToTheFileGiven() throws Exception {
        Path db = home.resolve("rec/h.db");
        List<SnapshotSource> seen = new ArrayList<>();
        Result r = run(taking(3, seen), "--record", "--db", db.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(seen.get(0) instanceof RewindSource, "the live view can be rewound");
        try (HistoryReader h = HistoryReader.open(db)) {
            assertEquals(3, h.between(0, Long.MAX_VALUE).size());
            SamplePoint last = h.last();
            assertEquals(1, h.snapshot(last).processes().get(0).pid());
        }
    }

    @Test
    void theDefaultFileIsInTheStateDirectory() throws Exception {
        Result r = run(taking(1, new ArrayList<>()), "--record");
        assertEquals(0, r.status(), r.err());
        try (HistoryReader h = HistoryReader.open(home.resolve("state/vigil/history.db"))) {
            assertEquals(1, h.between(0, Long.MAX_VALUE).size());
        }
    }

    @Test
    void withoutRecordNothingIsWrittenButTheViewStillRewinds() {
        List<SnapshotSource> seen = new ArrayList<>();
        Result r = run(taking(2, seen));
        assertEquals(0, r.status(), r.err());
        assertTrue(seen.get(0).rewinds());
        assertFalse(home.resolve("state/vigil/history.db").toFile().exists());
    }

    @Test
    void aFileBeingRecordedIsRefusedBeforeTheScreen() throws Exception {
        Path db = home.resolve("h.db");
        List<SnapshotSource> seen = new ArrayList<>();
        try (var held = dev.vigil.app.HistoryRecording.open(db, 60_000, 1 << 20, m -> { })) {
            Result r = run(taking(1, seen), "--record", "--db", db.toString());
            assertEquals(2, r.status());
            assertTrue(r.err().startsWith("vigil: --record: ") && r.err().contains("already being recorded"), r.err());
        }
        assertTrue(seen.isEmpty(), "the monitor never started");
    }

    @Test
    void recordAndDbAreForTheMonitor() {
        Result r = run(taking(1, new ArrayList<>()), "--record", "--batch");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("vigil: --record is for the monitor; 'vigil record' records without a screen"), r.err());
        Result blank = run(taking(1, new ArrayList<>()), "--db", " ");
        assertEquals(2, blank.status());
        assertTrue(blank.err().startsWith("vigil: --db: the path is empty"), blank.err());
    }

    @Test
    void recordRunsOnTheAppCoreAndSkipsThePrimingSample() throws Exception {
        Path db = home.resolve("r.db");
        RecordCommand c = new RecordCommand();
        c.dbText = db.toString();
        c.intervalText = "100ms";
        c.validate(Map.of("HOME", home.toString()));
        CountDownLatch stop = new CountDownLatch(1);
        FakeSampler f = FakeSampler.of(List.of(FakeSampler.proc(1, "init", 0)));
        Thread stopper = new Thread(() -> {
            try (HistoryReader h = waitForFile(db)) {
                while (h.between(0, Long.MAX_VALUE).size() < 3) Thread.sleep(50);
            } catch (Exception e) {
                // the assertion below says what is missing
            }
            stop.countDown();
        });
        stopper.start();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, c.run(() -> f, new PrintStream(err, true, StandardCharsets.UTF_8), stop));
        stopper.join(10_000);
        try (HistoryReader h = HistoryReader.open(db)) {
            List<SamplePoint> all = h.between(0, Long.MAX_VALUE);
            assertTrue(all.size() >= 3, "recorded " + all.size());
            assertEquals(2, h.snapshot(all.get(0)).sequence(), "the priming sample is not recorded");
        }
        assertTrue(f.closed, "the sampler is closed at the end");
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    private static HistoryReader waitForFile(Path db) throws Exception {
        for (int i = 0; ; i++) {
            try {
                HistoryReader h = HistoryReader.open(db);
                if (h.first() != null || i > 200) return h;
                h.close();
            } catch (dev.vigil.history.HistoryException e) {
                if (i > 200) throw e;
            }
            Thread.sleep(50);
        }
    }
}

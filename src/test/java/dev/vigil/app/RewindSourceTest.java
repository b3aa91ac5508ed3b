package dev.vigil.app;

import dev.vigil.cli.FakeSampler;
import dev.vigil.detail.History;
import dev.vigil.history.Recorder;
import dev.vigil.model.Limits;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The live view rewound: through the ring, on into a history file, back to live; sampling goes on. */
class RewindSourceTest {
    /** Frames 1..n: process 100+k exists only in frame k, process 1 in all with CPU k. */
    static FakeSampler machine(int n) {
        List<List<ProcessSample>> frames = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            frames.add(List.of(FakeSampler.proc(1, "init", k), FakeSampler.proc(100 + k, "job" + k, 50)));
        }
        return new FakeSampler(frames);
    }

    static RewindSource source(FakeSampler f, Path db) {
        return new RewindSource(LiveSource.of(f), new SnapshotRing(SnapshotRing.DEFAULT_BUDGET_BYTES), db, null);
    }

    /** Takes n live snapshots as the sampler thread would: next, then the listeners (the ring). */
    static void sample(RewindSource s, int n) {
        for (int i = 0; i < n; i++) {
            Snapshot x = s.next();
            for (SnapshotListener l : s.listeners()) l.onSnapshot(x);
        }
    }

    @Test
    void stepsBackThroughWhatThisRunSawAndForwardToLive() {
        RewindSource s = source(machine(10), null);
        sample(s, 10);
        assertTrue(s.live());
        assertNull(s.step(1), "live already: nothing newer");
        assertEquals(9, s.step(-1).sequence());
        assertFalse(s.live(), "rewound: signals and renice are refused");
        assertEquals(6, s.step(-3).sequence());
        assertEquals(7, s.step(1).sequence());
        assertEquals(1, s.step(-100).sequence(), "clamped at the oldest held");
        assertEquals(1, s.notices().size());
        assertEquals(List.of(), s.notices(), "said once");
        Snapshot back = s.step(100);
        assertEquals(10, back.sequence());
        assertTrue(s.live(), "past the newest is live again");
    }

    @Test
    void seeksToATimeAndToNow() {
        RewindSource s = source(machine(10), null);
        sample(s, 10);
        Snapshot at = s.seek(FakeSampler.T0 + 3500);
        assertEquals(4, at.sequence());
        assertTrue(at.processes().stream().anyMatch(p -> p.pid() == 104), "what was there then");
        assertFalse(s.live());
        sample(s, 3); // sampling goes on underneath
        assertEquals(5, s.step(1).sequence(), "and the position stays where it was");
        assertEquals(1, s.seek(0).sequence(), "before the oldest: the oldest");
        assertEquals(13, s.seek(Long.MAX_VALUE / 2).sequence(), "now: live, the newest sample");
        assertTrue(s.live());
    }

    @Test
    void goesOnIntoTheHistoryFileBeforeTheRingAndBack(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("h.db");
        FakeSampler older = machine(5);
        try (Recorder r = Recorder.open(db, m -> { })) {
            for (int i = 0; i < 5; i++) {
                Snapshot x = older.sample(); // 100 s before the live run
                r.record(new Snapshot(x.sequence(), x.timestampMillis() - 100_000, x.intervalMillis(), x.system(),
                        x.processes(), x.collectMicros()));
            }
        }
        RewindSource s = source(machine(10), db);
        sample(s, 3);
        assertEquals(1, s.step(-2).sequence());
        Snapshot file = s.step(-1);
        assertEquals(FakeSampler.T0 + 4000 - 100_000, file.timestampMillis(), "the file's newest sample before the ring");
        assertTrue(file.processes().stream().anyMatch(p -> p.pid() == 105));
        assertEquals(FakeSampler.T0 + 2000 - 100_000, s.step(-2).timestampMillis());
        assertEquals(FakeSampler.T0 - 100_000, s.step(-10).timestampMillis(), "the oldest recorded");
        assertEquals(List.of("the oldest sample recorded"), s.notices());
        assertEquals(FakeSampler.T0 + 1000 - 100_000, s.seek(FakeSampler.T0 + 1500 - 100_000).timestampMillis());
        assertEquals(FakeSampler.T0 - 100_000 + 4000, s.step(3).timestampMillis());
        assertEquals(1, s.step(1).sequence(), "out of the file into the ring");
        assertFalse(s.live());

        // sparklines of a past sample: the file's points in the file, the ring's in the ring
        History.Series inFile = s.series(new dev.vigil.sample.Identity(1, 1001), FakeSampler.T0 + 2000 - 100_000, 10);
        assertEquals(3, inFile.size());
        assertEquals(3.0, inFile.cpuPercent()[2]);
        History.Series inRing = s.series(new dev.vigil.sample.Identity(1, 1001), FakeSampler.T0 + 1000, 10);
        assertEquals(2, inRing.size());
        assertEquals(2.0, inRing.cpuPercent()[1]);
        assertNull(s.series(new dev.vigil.sample.Identity(104, 1104), FakeSampler.T0 + 1000, 10), "not there then");
        s.close();
    }

    @Test
    void withoutAFileTheOldestHeldIsTheEnd(@TempDir Path dir) {
        RewindSource s = source(machine(4), dir.resolve("missing.db"));
        sample(s, 4);
        assertEquals(1, s.step(-10).sequence());
        assertTrue(s.notices().get(0).contains("in memory"));
    }

    private static void await(BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 1000 && !done.getAsBoolean(); i++) Thread.sleep(10);
        assertTrue(done.getAsBoolean(), "within 10 s");
    }

    @Test
    void onTheThreadListenersHearOnlyTheLiveAndThePastStaysOnScreen() throws Exception {
        RewindSource s = source(machine(1000), null);
        App app = App.bare(s, Limits.MIN_DELAY_MILLIS, null);
        List<Long> heard = new CopyOnWriteArrayList<>();
        List<Long> shown = new CopyOnWriteArrayList<>();
        app.listeners().add(x -> heard.add(x.sequence()));
        app.start(x -> shown.add(x.sequence()), t -> shown.add(-1L));
        await(() -> heard.size() >= 5);
        app.sampler().step(-2);
        await(() -> !s.live());
        await(() -> shown.size() >= 2 && shown.get(shown.size() - 1) < heard.get(heard.size() - 1) - 1);
        long past = shown.get(shown.size() - 1);
        int heardThen = heard.size();
        int shownThen = shown.size();
        await(() -> heard.size() >= heardThen + 3);
        assertEquals(shownThen, shown.size(), "nothing live is shown while rewound");
        for (int i = 1; i < heard.size(); i++) assertEquals(heard.get(i - 1) + 1, heard.get(i), "listeners: live only, in order");
        assertFalse(heard.subList(heardThen, heard.size()).contains(past));
        app.sampler().seek(Long.MAX_VALUE / 2);
        await(s::live);
        await(() -> shown.size() >= shownThen + 2);
        assertTrue(shown.get(shown.size() - 1) > past + 3, "live again: " + shown);
        app.close();
    }
}
